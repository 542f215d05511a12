/**
 * Security headers on every response. The CSP allows scripts and styles only from this origin
 * (plus the hashes of any inline blocks vite left in index.html): no 'unsafe-inline', no
 * 'unsafe-eval'. React and Recharts set inline styles through the CSSOM (element.style), which
 * CSP does not restrict, so style-src needs no 'unsafe-inline' either (docs/decisions/).
 */
import type { MiddlewareHandler } from 'hono'

export interface SecurityOptions {
  /** CSP frame-ancestors source list, e.g. `'self'` */
  frameAncestors: string
  inlineScriptHashes?: readonly string[]
  inlineStyleHashes?: readonly string[]
}

export function contentSecurityPolicy(o: SecurityOptions): string {
  const scripts = ["'self'", ...(o.inlineScriptHashes ?? [])].join(' ')
  const styles = ["'self'", ...(o.inlineStyleHashes ?? [])].join(' ')
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `style-src ${styles}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${o.frameAncestors}`,
  ].join('; ')
}

export function securityHeaders(o: SecurityOptions): MiddlewareHandler {
  const csp = contentSecurityPolicy(o)
  // X-Frame-Options for browsers without CSP level 2; only expressible for 'self' and 'none'
  const xfo = o.frameAncestors === "'self'" ? 'SAMEORIGIN' : o.frameAncestors === "'none'" ? 'DENY' : undefined
  return async function security(c, next) {
    await next()
    const h = c.res.headers
    h.set('content-security-policy', csp)
    h.set('x-content-type-options', 'nosniff')
    h.set('referrer-policy', 'same-origin')
    h.set('cross-origin-opener-policy', 'same-origin')
    h.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()')
    if (xfo) h.set('x-frame-options', xfo)
  }
}
