import {
  errorHandler,
  type MedusaErrorHandlerFunction,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { quoted } from "@lacremeluxe/shared"
import type { Refusal } from "./hostile-input"

/**
 * PostgreSQL's refusals of a value the caller sent (SQLSTATE class 22, "data exception", and a
 * value too large to index): the input is wrong, not the store, so the answer is a 400.
 */
const DATA_EXCEPTIONS: Record<string, string> = {
  "22P02": "A value in the request is not in the form expected (a number, an id or a date).",
  "22001": "A value in the request is longer than the store accepts.",
  "22021": "The request contains bytes that are not valid text.",
  "22P05": "The request contains characters the store cannot keep.",
  "22003": "A number in the request is out of range.",
  "22007": "A date in the request is not valid.",
  "22008": "A date in the request is out of range.",
  "2201W": '"limit" must be a whole number of 0 or more.',
  "2201X": '"offset" must be a whole number of 0 or more.',
  "54000": "A value in the request is too large for the store to keep.",
}
const ANY_DATA_EXCEPTION = "A value in the request cannot be used by the store."

type Failure = {
  code?: unknown
  type?: unknown
  message?: unknown
  cause?: unknown
  previous?: unknown
  limit?: unknown
}

/** The error and the errors it wraps (MikroORM keeps the driver's under `previous`, others `cause`). */
function* chain(error: unknown): Generator<Failure> {
  const seen = new Set<unknown>()
  let current = error
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current)
    yield current as Failure
    current = (current as Failure).cause ?? (current as Failure).previous
  }
}

function databaseRefusal(error: unknown): Refusal | null {
  for (const failure of chain(error)) {
    const code = typeof failure.code === "string" ? failure.code : ""
    if (code in DATA_EXCEPTIONS) return { status: 400, message: DATA_EXCEPTIONS[code] }
    if (/^22[0-9A-Z]{3}$/.test(code)) return { status: 400, message: ANY_DATA_EXCEPTION }
  }
  return null
}

/**
 * MikroORM's refusal of a field that the caller named in `order` or a filter and the entity does
 * not have (a plain Error, recognised by its wording; it may reach us rebuilt from a module).
 */
function unknownFieldRefusal(error: unknown): Refusal | null {
  for (const failure of chain(error)) {
    const message = typeof failure.message === "string" ? failure.message : ""
    const match = /^Trying to (order|query) by not existing property [\w.]*?\.([^.]*)$/s.exec(message)
    if (match) {
      const what = match[1] === "order" ? "sorted" : "filtered"
      return { status: 400, message: `The list cannot be ${what} by "${quoted(match[2])}": there is no such field.` }
    }
  }
  return null
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} kB`

/** Express's own refusals (body-parser, the router's parameter decoding), in sentences. */
function expressRefusal(error: unknown): Refusal | null {
  if (error instanceof URIError) {
    return { status: 400, message: 'The address has a broken percent-encoding: encode "%" as "%25".' }
  }
  const failure = error as Failure
  switch (failure?.type) {
    case "entity.parse.failed":
      return { status: 400, message: "The request body is not valid JSON." }
    case "entity.too.large":
      return {
        status: 413,
        message: `The request body is too large: this address accepts at most ${
          typeof failure.limit === "number" ? kilobytes(failure.limit) : "what it needs"
        }.`,
      }
    case "parameters.too.many":
      return { status: 413, message: "The request body has too many fields." }
    case "request.size.invalid":
    case "request.aborted":
      return { status: 400, message: "The request body ended before its announced length." }
    case "charset.unsupported":
    case "encoding.unsupported":
      return { status: 415, message: "The request body's character set or encoding is not supported: send UTF-8." }
    default:
      return null
  }
}

/** The answer for an error that bad input caused, or null when it is the store's own failure. */
export function refusalForError(error: unknown): Refusal | null {
  return expressRefusal(error) ?? databaseRefusal(error) ?? unknownFieldRefusal(error)
}

/**
 * Medusa's error handler, after turning errors that bad input caused into 4xx answers of Medusa's
 * own shape (`{ type, message }`); everything else answers as Medusa would.
 */
export function storeErrorHandler(): MedusaErrorHandlerFunction {
  const medusa = errorHandler()
  return (error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const refusal = refusalForError(error)
    if (!refusal) {
      return medusa(error, req, res, next)
    }
    req.scope
      ?.resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Refused ${req.method} ${req.path} with ${refusal.status}: ${(error as Error)?.message ?? refusal.message}`)
    if (res.headersSent) {
      return next(error)
    }
    res.status(refusal.status).json({ type: "invalid_data", message: refusal.message })
  }
}
