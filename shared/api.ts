/**
 * The API contract: every method the backend offers, with the zod schema of its input and output.
 * The desktop IPC channel, the browser-mode HTTP server, the CLI and the tests all go through it.
 */
import type { z } from 'zod'
import { mergeContracts } from './api/contract'
import { appContract } from './api/app'
import { organisationsContract } from './api/organisations'
import { cataloguesContract } from './api/catalogues'
import { activitiesContract } from './api/activities'
import { registerContract } from './api/register'
import { checksContract } from './api/checks'
import { historyContract } from './api/history'
import { backupsContract } from './api/backups'
import { exportsContract } from './api/exports'
import { hostContract } from './api/host'
import { importsContract } from './api/imports'
import { noticesContract } from './api/notices'
import { noticeWriterContract } from './api/notice-writer'
import { libraryContract } from './api/library'

export const contract = mergeContracts(
  appContract,
  organisationsContract,
  cataloguesContract,
  activitiesContract,
  registerContract,
  checksContract,
  historyContract,
  backupsContract,
  exportsContract,
  hostContract,
  importsContract,
  noticesContract,
  noticeWriterContract,
  libraryContract,
)

export type Contract = typeof contract
export type MethodName = keyof Contract & string
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name)
}

export type { Result, ApiError, ErrorCode, FieldIssue } from './api/result'
