/**
 * One mapping from errors to sentences for every host: dispatch (the app's IPC, browser mode's HTTP), export jobs
 * and the `ropa` command. SQLite's extended codes fall into their family; only a bug is logged with its stack,
 * and the CLI prints a stack only with --debug.
 */
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { setDebug } from '../../electron/cli/debug'
import { describeFailure } from '../../electron/cli/fail'
import { createDispatch } from '../../electron/core/dispatch'
import { failureOf, UNEXPECTED } from '../../electron/core/failures'
import { handlers } from '../../electron/core/handlers'
import { openTestWorkspace } from '../helpers/workspace'

const sqliteError = (code: string, message = 'SQLite says no') => Object.assign(new Error(message), { code })

afterEach(() => setDebug(false))

describe('one error mapping', () => {
  it('turns SQLite’s codes, extended ones included, into sentences naming the workspace', () => {
    const file = '/home/dpo/workspace.sqlite'
    expect(failureOf(sqliteError('SQLITE_BUSY_SNAPSHOT'), file)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('is busy'),
      expected: true,
    })
    expect(failureOf(sqliteError('SQLITE_READONLY_DBMOVED'), file)).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(`The workspace file ${file} is read-only`),
    })
    expect(failureOf(sqliteError('SQLITE_CONSTRAINT_UNIQUE'), file).message).toContain('duplicate')
    expect(failureOf(sqliteError('SQLITE_FULL'), file).message).toContain('The disk is full')
    for (const code of ['SQLITE_CORRUPT', 'SQLITE_CORRUPT_INDEX', 'SQLITE_NOTADB']) {
      expect(failureOf(sqliteError(code, 'database disk image is malformed'), file)).toMatchObject({
        code: 'INTERNAL',
        expected: true,
        message: expect.stringMatching(
          /^\/home\/dpo\/workspace\.sqlite is damaged: SQLite could not read part of it \(“database disk image is malformed”\)\. ROPA did not change it\./,
        ),
      })
    }
    expect(
      failureOf(Object.assign(new Error('x'), { code: 'ENOSPC', path: '/home/dpo/out.pdf' })).message,
    ).toBe(
      'The disk is full, so /home/dpo/out.pdf could not be written. Free some space and try again. Nothing was saved.',
    )
    expect(failureOf(new TypeError('x is undefined'))).toEqual({
      code: 'INTERNAL',
      message: UNEXPECTED,
      expected: false,
    })
  })

  it('dispatch answers with the same words, and logs only the unexpected', async () => {
    const { backend } = await openTestWorkspace()
    const logged: string[] = []
    const failing = (error: Error) =>
      createDispatch(
        backend.ctx,
        { logError: (method) => logged.push(method) },
        {
          ...handlers,
          'organisations.list': async () => {
            throw error
          },
        },
      )
    const damaged = await failing(sqliteError('SQLITE_CORRUPT', 'database disk image is malformed'))(
      'organisations.list',
      {},
    )
    expect(damaged).toMatchObject({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: expect.stringContaining(`${backend.ctx.workspacePath} is damaged`),
      },
    })
    expect(damaged.ok || damaged.error.message).toContain(
      `There is no backup of it in ${path.join(path.dirname(backend.ctx.workspacePath), 'workspace.backups')}`,
    )
    expect(await failing(sqliteError('SQLITE_BUSY'))('organisations.list', {})).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    })
    expect(logged).toEqual([])
    expect(await failing(new TypeError('x is undefined'))('organisations.list', {})).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: UNEXPECTED },
    })
    expect(logged).toEqual(['organisations.list'])
  })

  it('the CLI prints a stack only with --debug', () => {
    const bug = new TypeError('x is undefined')
    const plain = describeFailure(bug, '/w.sqlite')
    expect(plain).toEqual({
      message:
        'Something went wrong inside ROPA, and nothing was changed. Run the command again with --debug to see what went wrong.',
      exitCode: 70,
    })
    setDebug(true)
    expect(describeFailure(bug, '/w.sqlite').message).toMatch(
      /^Unexpected error: TypeError: x is undefined\n\s+at /,
    )
    setDebug(false)
    expect(describeFailure(sqliteError('SQLITE_READONLY'), '/w.sqlite').message).toContain(
      'The workspace file /w.sqlite is read-only',
    )
  })
})
