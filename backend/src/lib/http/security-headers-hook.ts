import http, { type IncomingMessage, type RequestListener, type ServerResponse } from "node:http"
import { secureResponse, type SecurityOptions } from "./security-headers"

/**
 * `medusa start` loads instrumentation.ts (its `register`) right before it creates its HTTP server
 * around Express: the one place that reaches Medusa Admin at /app, /health and requests Medusa's
 * authentication refuses, which route middlewares do not. This wraps the request listener of the
 * next server created — Medusa's — so every answer gets the security headers.
 *
 * Not Medusa's `traceRequestHandler` (its OpenTelemetry hook): with it set, Medusa matches every
 * request's path against the whole Express stack before Express runs, and a path with broken
 * percent-encoding (`/store/products/%ZZ`) throws there, outside Express: the request is never
 * answered. Here Express sees it and our error handler answers 400.
 */
export function secureEveryResponse(options: SecurityOptions): void {
  const createServer = http.createServer
  const secureNextServer = ((...args: unknown[]) => {
    http.createServer = createServer
    const listenerAt = args.findIndex((arg) => typeof arg === "function")
    if (listenerAt >= 0) {
      const listener = args[listenerAt] as RequestListener
      args[listenerAt] = (req: IncomingMessage, res: ServerResponse) => {
        secureResponse(req, res, options)
        return listener(req, res)
      }
    }
    return (createServer as (...params: unknown[]) => http.Server)(...args)
  }) as typeof http.createServer
  http.createServer = secureNextServer
}
