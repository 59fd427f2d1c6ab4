import type { IncomingMessage, ServerResponse } from "node:http"
import * as startCommand from "@medusajs/medusa/commands/start"
import { secureResponse, type SecurityOptions } from "./security-headers"

type TraceRequestHandler = (
  handle: () => Promise<void>,
  req: IncomingMessage,
  res: ServerResponse,
  handlerPath?: string
) => Promise<void>

/**
 * `medusa start` creates its HTTP server around Express and, when its `traceRequestHandler` is
 * set (as Medusa's own OpenTelemetry instrumentation does), hands it every request before Express
 * sees it: the one place that reaches Medusa Admin at /app, /health and requests Medusa's
 * authentication refuses, which route middlewares do not. Called from instrumentation.ts, which
 * `medusa start` loads before it creates the server. A tracer set before is kept.
 */
export function secureEveryResponse(options: SecurityOptions): void {
  const hooks = startCommand as { traceRequestHandler?: TraceRequestHandler }
  const previous = hooks.traceRequestHandler
  Object.assign(startCommand, {
    traceRequestHandler: (async (handle, req, res, handlerPath) => {
      secureResponse(req, res, options)
      return previous ? previous(handle, req, res, handlerPath) : handle()
    }) satisfies TraceRequestHandler,
  })
}
