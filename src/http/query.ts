import type { NextFunction, Request, Response } from 'express'

/**
 * Payload reads `where` and `data` query parameters given whole (`?where={"title":{"equals":"x"}}`) as JSON: one that
 * does not parse answers 400 here, naming the parameter, instead of failing inside the route.
 */
export function queryChecks() {
  return (req: Request, res: Response, next: NextFunction) => {
    const at = req.url.indexOf('?')
    if (!req.path.startsWith('/api/') || at < 0) return next()
    const params = new URLSearchParams(req.url.slice(at + 1))
    // No database stores a NUL character in text (PostgreSQL refuses it outright).
    for (const [name, value] of params) {
      if (name.includes('\u0000') || value.includes('\u0000')) {
        return res.status(400).json({ errors: [{ message: `The query parameter "${name.replaceAll('\u0000', '\\0')}" contains a NUL character (%00), which no field can hold.` }] })
      }
    }
    for (const name of ['where', 'data']) {
      for (const value of params.getAll(name)) {
        if (!value) continue
        try {
          JSON.parse(value)
        } catch (error) {
          return res.status(400).json({
            errors: [{ message: `The query parameter "${name}" is not valid JSON (${(error as Error).message}); write conditions as ${name}[field][operator]=value or as a JSON object.` }],
          })
        }
      }
    }
    next()
  }
}
