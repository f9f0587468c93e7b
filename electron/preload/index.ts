// Runs in the sandboxed preload: exposes exactly one function, `window.ropa.invoke(method, input)`.
import { contextBridge, ipcRenderer } from 'electron'

contextBridge.exposeInMainWorld('ropa', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('ropa:invoke', String(method), input),
})
