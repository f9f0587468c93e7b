/**
 * pdfjs-dist, loaded when the first PDF is read rather than when the process starts, with the built-ins it
 * replaces put back. Its legacy build (the one that runs on Node 20) carries core-js polyfills that overwrite
 * JSON.stringify, JSON.parse and Array.prototype.push with JavaScript versions (Node lacks JSON.rawJSON), which
 * made every API answer of `ropa serve` several times slower to serialise once the module was imported, and costs
 * a few hundred milliseconds of start-up to compile (with its worker, which runs in this thread). The additions it makes (Promise.withResolvers, the new Set
 * methods…) stay: pdf.js needs those.
 */
type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let loading: Promise<Pdfjs> | null = null

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const { stringify, parse } = JSON
    const rawJson = 'rawJSON' in JSON
    const { push } = Array.prototype
    const { toString } = Function.prototype
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
      // Its worker too (it sets globalThis.pdfjsWorker, which pdf.js then uses in this thread): left to pdf.js,
      // it is imported at the first PDF, bringing a second copy of the polyfills after these were put back.
      // @ts-expect-error -- the worker module has no type declarations; only its side effect is wanted
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
      return pdfjs
    } finally {
      JSON.stringify = stringify
      JSON.parse = parse
      // Its JSON.rawJSON works only with its own stringify: gone with it.
      if (!rawJson) for (const name of ['rawJSON', 'isRawJSON']) Reflect.deleteProperty(JSON, name)
      Array.prototype.push = push
      Function.prototype.toString = toString
    }
  })()
  return loading
}
