/**
 * What the program around the core can do for it, handed to `openBackend` by each host: the desktop app
 * (electron/main: a native save dialog, "show in folder", the kept team database), the `ropa` command (--out as
 * the place to write) and browser mode (nothing: exports are downloaded). The core asks through this interface
 * and never reaches for Electron, a terminal or a path of its own choosing (docs/architecture.md, "Hosts").
 */
import type { FileFormat } from '../../shared/schemas/export'

/** What a host is asked to find a place for: an export or notice, or a backup (a SQLite workspace file). */
export type SaveFormat = FileFormat | 'sqlite'

export interface Host {
  /** Which UI the renderer runs in; the CLI serves no UI and calls itself a browser-less "cli". */
  kind: 'desktop' | 'browser' | 'cli'
  /**
   * Where to write a file the user is about to export: the save dialog's answer (desktop) or --out (CLI); null
   * when the user cancelled. `fileName` is the name the core suggests. Without it, exports are downloads.
   */
  chooseFile?(suggested: { fileName: string; format: SaveFormat }): Promise<string | null>
  /** Show a written file in the system's file manager. */
  showInFolder?(file: string): void
  /** Open a folder the core names (the backup folder) in the system's file manager. */
  openFolder?(folder: string): void
  /** The desktop's kept "Connect to a team database" choice, and how to start again on it. */
  teamDatabase?: TeamDatabaseHost
}

export interface TeamDatabaseHost {
  /** The kept choice: its URL without password, and whether the password is kept in the keychain. */
  read(): { url: string; passwordSaved: boolean } | null
  keychainAvailable(): boolean
  /** Keep the choice (refused when a password is given and there is no keychain to keep it in). */
  save(url: string, password: string | null): void
  clear(): void
  /** Start the app again on the kept choice (after the request has been answered). */
  restart(): void
}

/** Browser mode's host, and the default: no dialog, nothing to show, no team database choice to keep. */
export const browserHost: Host = { kind: 'browser' }
