/**
 * The built SPA, served from memory: every file of dist/ is read once at start-up, with its
 * ETag and precompressed brotli/gzip variants. Requests are map lookups, so no path from a
 * request ever reaches the file system (no traversal possible).
 *
 * - /assets/* (content-hashed by vite): `Cache-Control: public, max-age=31536000, immutable`
 * - index.html and every other file: `no-cache` (revalidated with the ETag)
 * - an unknown path without a file extension falls back to index.html (client-side routes);
 *   an unknown /assets/* file or other path with an extension is a 404.
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
  etag: string
  cacheControl: string
}

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

export function loadStaticSite(dir: string): StaticSite {
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

  const respond = (request: Request, file: StaticFile): Response => {
    const headers = new Headers({ 'content-type': file.type, 'cache-control': file.cacheControl, etag: file.etag, vary: 'accept-encoding' })
    const inm = request.headers.get('if-none-match')
    if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === file.etag)) return new Response(null, { status: 304, headers })
    let body = file.body
    const enc = acceptedEncoding(request.headers.get('accept-encoding'), { br: !!file.br, gzip: !!file.gzip })
    if (enc === 'br' && file.br) body = file.br
    else if (enc === 'gzip' && file.gzip) body = file.gzip
    if (body !== file.body) headers.set('content-encoding', enc!)
    headers.set('content-length', String(body.length))
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers })
  }

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
      return respond(request, index)
    },
  }
}
