import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportJobs } from '../../electron/core/exports/jobs'
import { desktopHost, type NativeHost } from '../../electron/main/host'
import { TeamDatabaseSetting } from '../../electron/main/team-database'
import { richWorkspace } from '../helpers/exports'
import { tempDir } from '../helpers/workspace'

/** The desktop's host methods with a fake native layer: what Electron's dialog and shell would be asked. */
function fakeNative(answer: string | null) {
  const asked: { defaultPath: string; filters: { extensions: string[] }[] }[] = []
  const shown: string[] = []
  const native: NativeHost = {
    showSaveDialog: async (options) => {
      asked.push(options)
      return answer
    },
    showItemInFolder: (file) => shown.push(file),
    defaultFolder: () => '/home/dpo/Documents',
    teamDatabase: new TeamDatabaseSetting(path.join(tempDir(), 'team-database.json'), {
      available: () => false,
      encrypt: () => Buffer.alloc(0),
      decrypt: () => '',
    }),
    restart: () => {},
  }
  return { native, asked, shown }
}

describe('desktop host methods', () => {
  it('asks where to save with a suggested name, exports there, and shows the file in its folder', async () => {
    const folder = tempDir()
    const { native, asked, shown } = fakeNative(path.join(folder, 'for the authority'))
    const ws = await richWorkspace(undefined, { host: desktopHost(native) })
    const { client } = ws

    expect(await client.call('host.capabilities', {})).toEqual({
      kind: 'desktop',
      saveDialog: true,
      showInFolder: true,
    })
    const chosen = await client.call('host.chooseSavePath', {
      organisationId: ws.organisationId,
      format: 'pdf',
      language: 'fr',
    })
    expect(asked[0].defaultPath).toBe(
      '/home/dpo/Documents/Nordic Bakery Oy - Registre des activités de traitement - 2026-03-02.pdf',
    )
    expect(asked[0].filters[0].extensions).toEqual(['pdf'])
    expect(chosen?.fileName).toBe('for the authority.pdf')

    const started = await client.call('exports.start', {
      organisationId: ws.organisationId,
      format: 'pdf',
      language: 'fr',
      saveTicket: chosen!.ticket,
    })
    expect(started.delivery).toBe('file')
    await exportJobs(ws.backend.ctx).wait(started.jobId)
    expect(fs.existsSync(path.join(folder, 'for the authority.pdf'))).toBe(true)
    expect(await client.call('host.showInFolder', { jobId: started.jobId })).toEqual({ shown: true })
    expect(shown).toEqual([path.join(folder, 'for the authority.pdf')])
  })

  it('exports nothing when the user cancels the dialog, and validates input like every request', async () => {
    const { native } = fakeNative(null)
    const ws = await richWorkspace(undefined, { host: desktopHost(native) })
    const { client } = ws
    expect(
      await client.call('host.chooseSavePath', { organisationId: ws.organisationId, format: 'xlsx' }),
    ).toBeNull()
    expect(
      await client.invoke('host.chooseSavePath', {
        organisationId: ws.organisationId,
        format: 'docx' as 'xlsx',
      }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(await client.invoke('host.showInFolder', { jobId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect(
      await client.invoke('host.chooseSavePath', { organisationId: ws.organisationId, format: 'md' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/format of privacy notices/) },
    })
  })

  it('in browser mode (no host capabilities) offers downloads instead of a dialog', async () => {
    const ws = await richWorkspace()
    expect(await ws.client.call('host.capabilities', {})).toEqual({
      kind: 'browser',
      saveDialog: false,
      showInFolder: false,
    })
    expect(
      await ws.client.invoke('host.chooseSavePath', { organisationId: ws.organisationId, format: 'pdf' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/only available in the desktop app/) },
    })
  })
})
