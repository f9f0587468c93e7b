/** The one IPC channel: `ropa:invoke`, answered only for the app's own window and page. */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { Dispatch } from '../core/dispatch'
import { isAppUrl } from './trusted-url'

export const INVOKE_CHANNEL = 'ropa:invoke'

export function registerIpc(dispatch: Dispatch, trusted: () => WebContents | null) {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? ''
    if (event.sender !== trusted() || !isAppUrl(frameUrl)) {
      return {
        ok: false,
        error: { code: 'UNAUTHORISED', message: 'This request did not come from the ROPA window.' },
      }
    }
    if (typeof method !== 'string')
      return { ok: false, error: { code: 'VALIDATION', message: 'The action name is missing.' } }
    return dispatch(method, input)
  })
}
