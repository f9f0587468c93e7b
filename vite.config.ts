import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { CSP_META } from './shared/security.ts'

/** Writes the one CSP definition (shared/security.ts) into index.html's meta tag. */
function contentSecurityPolicy(): Plugin {
  return { name: 'ropa-csp', transformIndexHtml: (html) => html.replace('%ROPA_CSP%', CSP_META) }
}

// The renderer is built to static files that both hosts serve: Electron through its app:// protocol,
// browser mode through `ropa serve`. Relative asset paths work under either.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: false,
  },
})
