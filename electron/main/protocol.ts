/** Serves the built renderer under app://ropa/, never anything outside its folder. */
import { net, protocol } from 'electron'
import { pathToFileURL } from 'node:url'
import { resolveStaticPath } from '../server/static-files'
import { CSP_HEADER } from '../../shared/security'
import { APP_SCHEME, isAppUrl } from './trusted-url'

/** Must run before the app is ready. */
export function registerAppScheme() {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export function serveRenderer(rendererDir: string) {
  protocol.handle(APP_SCHEME, async (request) => {
    if (!isAppUrl(request.url)) return new Response('Forbidden', { status: 403 })
    const file = resolveStaticPath(rendererDir, new URL(request.url).pathname)
    if (!file) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', CSP_HEADER)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(response.body, { status: response.status, headers })
  })
}
