import http, { type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"
import { StripeError, missing } from "./errors.js"
import { parseForm, type Params } from "./form.js"
import { authenticatePage } from "./payment-intents.js"
import { API_VERSION, newId, type Answer, type Route, type Store } from "./store.js"

export type Keys = { secretKey: string; publishableKey: string }

/** Stripe.js confirms and reads an intent with the publishable key and the intent's client secret. */
function authorise(store: Store, keys: Keys, request: IncomingMessage, method: string, path: string, params: Params) {
  // Bearer (the SDKs) or Basic with the key as user name (curl -u sk_test_…:), as Stripe takes.
  const header = request.headers.authorization ?? ""
  const basic = /^Basic\s+(.+)$/i.exec(header)
  const token: string =
    (basic ? Buffer.from(basic[1], "base64").toString("utf8").split(":")[0] : header.replace(/^Bearer\s+/i, "")) ||
    params.key
  if (token === keys.secretKey) {
    return
  }
  const clientPath = /^\/v1\/payment_intents\/([^/]+)(\/confirm)?$/.exec(path)
  if (token === keys.publishableKey && clientPath && (method === "GET" || clientPath[2])) {
    if (store.intents.get(clientPath[1])?.client_secret === params.client_secret) {
      return
    }
    throw missing("payment_intent", clientPath[1], "intent")
  }
  throw new StripeError(401, {
    type: "invalid_request_error",
    message: token ? `Invalid API Key provided: ${token.slice(0, 8)}***` : "You did not provide an API key.",
  })
}

/** One API request: authorised, replayed for a known idempotency key, routed, answered. */
async function handle(store: Store, keys: Keys, routes: Route[], request: IncomingMessage, body: string) {
  const url = new URL(request.url ?? "/", "http://stripe.test")
  const method = request.method ?? "GET"
  const params = method === "GET" || method === "DELETE" ? parseForm(url.search.slice(1)) : parseForm(body)
  const key = request.headers["idempotency-key"] as string | undefined
  store.requests.push({ method, path: url.pathname, params, idempotencyKey: key })
  authorise(store, keys, request, method, url.pathname, params)
  if (key && method === "POST") {
    const previous = store.idempotent.get(key)
    if (previous) {
      if (previous.path !== url.pathname || previous.body !== body) {
        throw new StripeError(400, {
          type: "idempotency_error",
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        })
      }
      return { ...previous.response, replayed: true }
    }
  }
  const route = routes.find(([m, pattern]) => m === method && pattern.test(url.pathname))
  if (!route) {
    throw new StripeError(404, {
      type: "invalid_request_error",
      message: `Unrecognized request URL (${method}: ${url.pathname}).`,
    })
  }
  let response: Answer
  try {
    response = { status: 200, body: await route[2](params, route[1].exec(url.pathname)!.slice(1)) }
  } catch (error) {
    if (!(error instanceof StripeError)) {
      throw error
    }
    response = { status: error.status, body: { error: error.error } }
  }
  if (key && method === "POST" && response.status !== 500) {
    store.idempotent.set(key, { path: url.pathname, body, response })
  }
  return response
}

/** The HTTP server: the API in Stripe's wire format, and the test-only 3-D Secure page. */
export function createServer(store: Store, keys: Keys, routes: Route[]) {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", async () => {
      const url = new URL(request.url ?? "/", "http://stripe.test")
      if (url.pathname.startsWith("/_fake/authenticate/")) {
        authenticatePage(store, url, response)
        return
      }
      try {
        const result = await handle(store, keys, routes, request, Buffer.concat(chunks).toString("utf8"))
        response.writeHead(result.status, {
          "content-type": "application/json",
          "request-id": newId("req"),
          "stripe-version": API_VERSION,
          ...(result.replayed ? { "idempotent-replayed": "true" } : {}),
        })
        response.end(JSON.stringify(result.body))
      } catch (error) {
        const status = error instanceof StripeError ? error.status : 500
        const body =
          error instanceof StripeError
            ? { error: error.error }
            : { error: { type: "api_error", message: String(error) } }
        response.writeHead(status, { "content-type": "application/json", "request-id": newId("req") })
        response.end(JSON.stringify(body))
      }
    })
  })
  return {
    /** Listens on 127.0.0.1 (a free port unless one is given); resolves to the base address. */
    listen(port = 0) {
      return new Promise<string>((resolve) => {
        server.listen(port, "127.0.0.1", () => {
          store.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
          resolve(store.baseUrl)
        })
      })
    },
    close() {
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
