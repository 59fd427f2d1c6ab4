import type { IncomingMessage, ServerResponse } from "node:http"

/** Where Medusa Admin is served (medusa-config keeps Medusa's default). */
export const ADMIN_PATH = "/app"

export type SecurityOptions = {
  isProduction: boolean
  /** `medusa develop` serves the admin from its sources through Vite, which needs inline scripts. */
  adminFromSources: boolean
}

/**
 * Medusa Admin: its own scripts only (the build has no inline script and no eval); styles,
 * images and API calls as it makes them (inline styles of @medusajs/ui, flag images of a CDN).
 */
const ADMIN_POLICY = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]

/**
 * Everything else is JSON, a health check or an uploaded file: nothing may run, not even in an
 * uploaded SVG opened on this origin (where the staff's session lives); images and inline styles
 * so that such an SVG still shows.
 */
const API_POLICY = [
  "default-src 'none'",
  "img-src 'self' data:",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
]

const TWO_YEARS = 63_072_000

function isAdmin(path: string) {
  return path === ADMIN_PATH || path.startsWith(`${ADMIN_PATH}/`)
}

/** The security headers of one answer of the backend, by path. Pure, unit-tested. */
export function securityHeaders(path: string, options: SecurityOptions): Record<string, string> {
  const policy = isAdmin(path)
    ? options.adminFromSources
      ? ADMIN_POLICY.filter((directive) => !directive.startsWith("script-src"))
      : ADMIN_POLICY
    : API_POLICY
  return {
    "Content-Security-Policy": policy.join("; "),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    ...(options.isProduction ? { "Strict-Transport-Security": `max-age=${TWO_YEARS}; includeSubDomains` } : {}),
  }
}

/**
 * Puts the headers on `res` the moment its head is written, whoever writes it (a route, Medusa's
 * authentication refusing, Express's 404, the admin's static files), and drops X-Powered-By.
 */
export function secureResponse(req: IncomingMessage, res: ServerResponse, options: SecurityOptions): void {
  const path = (req.url ?? "/").split("?")[0]
  const headers = securityHeaders(path, options)
  const writeHead = res.writeHead
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    if (!this.headersSent) {
      this.removeHeader("X-Powered-By")
      for (const [name, value] of Object.entries(headers)) {
        this.setHeader(name, value)
      }
    }
    return writeHead.apply(this, args)
  } as ServerResponse["writeHead"]
}
