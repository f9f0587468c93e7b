/** Errors the core raises on purpose; each carries an API error code and a message for the user. */
import type { ErrorCode, FieldIssue } from '../../shared/api'

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export const notFound = (what: string) =>
  new AppError('NOT_FOUND', `${what} was not found. It may have been deleted.`)
export const conflict = (message: string, issues?: FieldIssue[]) => new AppError('CONFLICT', message, issues)
export const invalid = (message: string, issues?: FieldIssue[]) => new AppError('VALIDATION', message, issues)

/** The workspace file cannot be opened as asked; the message says why and that the file was left alone. */
export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WorkspaceError'
  }
}
