import type { NextFunction, Request, Response } from 'express'

import helmet from 'helmet'

/**
 * Security headers on every response, admin pages included. The admin (Next.js and Payload's React app) runs inline
 * bootstrap scripts and styles, so those are allowed from this origin only; nothing may frame the app from another
 * origin. HSTS is sent only when the request came over TLS (directly or as X-Forwarded-Proto: https from a proxy).
 */
export function securityHeaders() {
  const base = helmet({
    contentSecurityPolicy: {
      directives: {
        'base-uri': ["'self'"],
        'connect-src': ["'self'"],
        'default-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'form-action': ["'self'"],
        'frame-ancestors': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'object-src': ["'none'"],
        'script-src': ["'self'", "'unsafe-inline'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'upgrade-insecure-requests': null,
        'worker-src': ["'self'", 'blob:'],
      },
      useDefaults: false,
    },
    // Sites on other origins show the CMS's media and read its API.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: false,
  })
  const hsts = helmet.strictTransportSecurity({ maxAge: 31_536_000, includeSubDomains: true })
  return (req: Request, res: Response, next: NextFunction) =>
    base(req, res, (error?: unknown) => {
      if (error) return next(error)
      const proto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim()
      if ((req.socket as { encrypted?: boolean }).encrypted || proto === 'https') return hsts(req, res, next)
      next()
    })
}
