/**
 * The built SPA, served from memory: every file of dist/ is read once at start-up, with its
 * ETag and precompressed brotli/gzip variants. Requests are map lookups, so no path from a
 * request ever reaches the file system (no traversal possible).
 *
 * - /assets/* (content-hashed by vite): `Cache-Control: public, max-age=31536000, immutable`
 * - index.html and every other file: `no-cache` (revalidated with the ETag)
 * - each encoding has its own ETag (`"…"`, `"…-br"`, `"…-gz"`): a cache that stores one never
 *   takes it for another (RFC 9110 §8.8.3)
 * - the app's own pages (its routes, given by the server) get index.html; any other path is a 404:
 *   a missing file plainly, a page that does not exist with a short bilingual "page not found"
 *   page (case S6), never the overview as if the address were right.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'
import { acceptedEncoding } from './compress'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.map', '.svg', '.txt', '.xml', '.csv', '.ico'])
const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

/** A plain copy (Uint8Array over its own ArrayBuffer), which Response accepts as a body. */
const bytes = (b: Buffer): Uint8Array<ArrayBuffer> => new Uint8Array(b)

interface StaticFile {
  body: Uint8Array<ArrayBuffer>
  br?: Uint8Array<ArrayBuffer>
  gzip?: Uint8Array<ArrayBuffer>
  type: string
  /** the identity encoding's ETag; the compressed variants add -br / -gz inside the quotes */
  etag: string
  cacheControl: string
}

/** The ETag of one encoding of a file. */
function etagFor(file: StaticFile, enc: 'br' | 'gzip' | undefined): string {
  return enc === undefined ? file.etag : `${file.etag.slice(0, -1)}-${enc === 'br' ? 'br' : 'gz'}"`
}

export interface StaticSiteOptions {
  /**
   * The app's pages (client-side routes such as /vergelijken): they get index.html. Absent = every
   * path without a file extension does (a plain SPA fallback).
   */
  routes?: readonly string[]
}

/** The page for an address that is not one of the app's pages: in Dutch and English, with a way home. */
const NOT_FOUND_PAGE = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pagina niet gevonden · Page not found — Samenhang</title></head>
<body>
<main>
<h1>Pagina niet gevonden</h1>
<p>Dit adres bestaat niet in Samenhang. Controleer het adres, of ga naar <a href="/">het overzicht</a>.</p>
<h2 lang="en">Page not found</h2>
<p lang="en">This address does not exist in Samenhang. Check the address, or go to <a href="/">the overview</a>.</p>
</main>
</body>
</html>
`

export interface StaticSite {
  /** Number of files loaded. */
  files: number
  /** CSP hashes ('sha256-…') of inline <script> and <style> blocks in index.html. */
  inlineScriptHashes: string[]
  inlineStyleHashes: string[]
  /** Answer a GET/HEAD request for a non-API path. */
  serve(request: Request): Response
}

function walk(dir: string, base = dir, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, base, out)
    else if (entry.isFile()) out.push(full)
  }
  return out
}

function cspHashes(html: string, tag: 'script' | 'style'): string[] {
  const out: string[] = []
  const re = tag === 'script' ? /<script\b([^>]*)>([\s\S]*?)<\/script>/gi : /<style\b([^>]*)>([\s\S]*?)<\/style>/gi
  for (const m of html.matchAll(re)) {
    if (tag === 'script' && /\bsrc\s*=/i.test(m[1])) continue
    if (m[2].length === 0) continue
    out.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`)
  }
  return out
}

export function loadStaticSite(dir: string, options: StaticSiteOptions = {}): StaticSite {
  const routes = options.routes ? new Set(options.routes) : undefined
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`The SPA directory ${dir} does not exist. Build it with "npm run build".`)
  const files = new Map<string, StaticFile>()
  for (const full of walk(dir)) {
    const rel = '/' + path.relative(dir, full).split(path.sep).join('/')
    const ext = path.extname(full).toLowerCase()
    const body = readFileSync(full)
    const file: StaticFile = {
      body: bytes(body),
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      cacheControl: rel.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
    }
    if (COMPRESSIBLE.has(ext) && body.length >= 1024) {
      const br = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } })
      const gz = gzipSync(body, { level: 9 })
      if (br.length < body.length) file.br = bytes(br)
      if (gz.length < body.length) file.gzip = bytes(gz)
    }
    files.set(rel, file)
  }
  const index = files.get('/index.html')
  if (!index) throw new Error(`${dir} has no index.html. Build the SPA with "npm run build".`)
  const html = Buffer.from(index.body).toString('utf8')

  const respond = (request: Request, file: StaticFile, status = 200): Response => {
    const enc = acceptedEncoding(request.headers.get('accept-encoding'), { br: !!file.br, gzip: !!file.gzip })
    const body = enc === 'br' ? file.br! : enc === 'gzip' ? file.gzip! : file.body
    const etag = etagFor(file, enc)
    const headers = new Headers({ 'content-type': file.type, 'cache-control': file.cacheControl, etag, vary: 'accept-encoding' })
    const inm = request.headers.get('if-none-match')
    if (status === 200 && inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) return new Response(null, { status: 304, headers })
    if (enc) headers.set('content-encoding', enc)
    headers.set('content-length', String(body.length))
    return new Response(request.method === 'HEAD' ? null : body, { status, headers })
  }
  const notFoundPage = new TextEncoder().encode(NOT_FOUND_PAGE)

  return {
    files: files.size,
    inlineScriptHashes: cspHashes(html, 'script'),
    inlineStyleHashes: cspHashes(html, 'style'),
    serve(request: Request): Response {
      let pathname: string
      try {
        pathname = decodeURIComponent(new URL(request.url).pathname)
      } catch {
        return new Response('Bad request', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' } })
      }
      const file = files.get(pathname) ?? (pathname.endsWith('/') ? files.get(`${pathname}index.html`) : undefined)
      if (file) return respond(request, file)
      const last = pathname.slice(pathname.lastIndexOf('/') + 1)
      if (pathname.startsWith('/assets/') || (/\.[a-z0-9]+$/i.test(last) && !last.endsWith('.html'))) {
        return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': REVALIDATE } })
      }
      // one of the app's pages (a trailing slash is the same page)
      const page = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname
      if (!routes || routes.has(page)) return respond(request, index)
      return new Response(request.method === 'HEAD' ? null : notFoundPage, {
        status: 404,
        headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': REVALIDATE, 'content-length': String(notFoundPage.length) },
      })
    },
  }
}
