/** The envelope every API call returns, on every host (IPC, HTTP, CLI, tests). */
export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNAUTHORISED', 'INTERNAL'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** One problem with one field, `path` written like `activities[1].transfers[0].mechanism`. */
export interface FieldIssue {
  path: string
  message: string
}

export interface ApiError {
  code: ErrorCode
  message: string
  issues?: FieldIssue[]
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }
