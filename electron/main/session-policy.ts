/**
 * Every session the app makes (the default one and any Electron creates later) grants nothing: no
 * permission asked for (camera, notifications, …), none reported as granted when a page checks, no USB, HID,
 * serial or Bluetooth device, no screen capture. The app needs none of them, so a page that asks — even one
 * that got in through a bug — is told no. Takes the session's shape, not Electron's module, so a unit test can
 * check every handler is set.
 */
import type { Session } from 'electron'

type Lockable = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
  | 'setBluetoothPairingHandler'
>

export function denyEverything(session: Lockable): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  // Null refuses the capture: no screen or window is handed to the page.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null))
  session.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }))
}
