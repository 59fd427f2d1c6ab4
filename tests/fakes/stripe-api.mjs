// A small, test-only fake of Stripe's HTTP API, for the parts Medusa's Stripe provider and the
// storefront use: PaymentIntents (create, retrieve, update, confirm, capture, cancel), refunds,
// customers, payment methods and events. It speaks Stripe's wire format at API version
// 2024-04-10 (the stripe SDK inside @medusajs/payment-stripe): form-encoded requests with
// bracketed keys, JSON objects with Stripe's fields, Stripe's error envelope and status codes,
// idempotency keys. Stripe's servers cannot be reached from CI; nothing else is faked.
//
// Test cards are Stripe's test payment methods: pm_card_visa succeeds,
// pm_card_chargeDeclined and pm_card_visa_chargeDeclinedInsufficientFunds are declined, and
// pm_card_authenticationRequired needs a redirect (3-D Secure), which the test-only page
// GET /_fake/authenticate/:id completes, as the bank's page would, before it sends the shopper
// to the intent's return_url.
import { randomBytes } from "node:crypto"
import http from "node:http"

export const API_VERSION = "2024-04-10"

const CARDS = {
  pm_card_visa: { brand: "visa", last4: "4242" },
  pm_card_mastercard: { brand: "mastercard", last4: "4444" },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002", decline: "generic_decline" },
  pm_card_visa_chargeDeclinedInsufficientFunds: { brand: "visa", last4: "9995", decline: "insufficient_funds" },
  pm_card_authenticationRequired: { brand: "visa", last4: "3184", authenticate: true },
}

const DECLINE_MESSAGES = {
  generic_decline: "Your card was declined.",
  insufficient_funds: "Your card has insufficient funds.",
}

class StripeError extends Error {
  constructor(status, error) {
    super(error.message)
    this.status = status
    this.error = error
  }
}

const missing = (kind, id, param = "id") =>
  new StripeError(404, {
    type: "invalid_request_error",
    code: "resource_missing",
    param,
    message: `No such ${kind}: '${id}'`,
  })

const unexpectedState = (intent, action) =>
  new StripeError(400, {
    type: "invalid_request_error",
    code: "payment_intent_unexpected_state",
    message: `This PaymentIntent's ${action} could not be performed because it has a status of ${intent.status}.`,
    payment_intent: intent,
  })

/** Stripe's form encoding: a[b]=1&a[c][0]=x → { a: { b: "1", c: ["x"] } }. */
export function parseForm(text) {
  const result = {}
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const [head, ...rest] = rawKey.split("[")
    const path = [head, ...rest.map((part) => part.replace(/]$/, ""))]
    let node = result
    path.forEach((segment, index) => {
      const last = index === path.length - 1
      const nextIsIndex = !last && (path[index + 1] === "" || /^\d+$/.test(path[index + 1]))
      const key = segment === "" && Array.isArray(node) ? node.length : segment
      if (last) {
        node[key] = value
      } else {
        node[key] ??= nextIsIndex ? [] : {}
        node = node[key]
      }
    })
  }
  return result
}

const now = () => Math.floor(Date.now() / 1000)
const newId = (prefix) => `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`
const toInt = (value, param) => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) {
    throw new StripeError(400, { type: "invalid_request_error", param, message: `Invalid integer: ${value}` })
  }
  return number
}

export function createFakeStripe({ secretKey = "sk_test_fake", publishableKey = "pk_test_fake" } = {}) {
  const intents = new Map()
  const customers = new Map()
  const paymentMethods = new Map()
  const refunds = new Map()
  const events = []
  const idempotent = new Map()
  const requests = []
  let baseUrl = ""

  function emit(type, object) {
    events.unshift({
      id: newId("evt"),
      object: "event",
      api_version: API_VERSION,
      created: now(),
      data: { object: structuredClone(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    })
  }

  function view(intent, expand = []) {
    const copy = structuredClone(intent)
    if (expand.includes("payment_method") && copy.payment_method) {
      copy.payment_method = paymentMethods.get(copy.payment_method) ?? copy.payment_method
    }
    return copy
  }

  function intentOf(id) {
    const intent = intents.get(id)
    if (!intent) {
      throw missing("payment_intent", id, "intent")
    }
    return intent
  }

  function paymentMethodFrom(token) {
    const card = CARDS[token]
    if (!card) {
      throw missing("PaymentMethod", token, "payment_method")
    }
    const method = {
      id: newId("pm"),
      object: "payment_method",
      billing_details: { address: null, email: null, name: null, phone: null },
      card: { brand: card.brand, country: "US", exp_month: 12, exp_year: 2034, funding: "credit", last4: card.last4 },
      created: now(),
      customer: null,
      livemode: false,
      metadata: {},
      type: "card",
    }
    paymentMethods.set(method.id, method)
    return { method, card }
  }

  function createIntent(params) {
    if (params.amount === undefined) {
      throw new StripeError(400, {
        type: "invalid_request_error",
        param: "amount",
        message: "Missing required param: amount.",
      })
    }
    if (!params.currency) {
      throw new StripeError(400, {
        type: "invalid_request_error",
        param: "currency",
        message: "Missing required param: currency.",
      })
    }
    if (params.customer && !customers.has(params.customer)) {
      throw missing("customer", params.customer, "customer")
    }
    const id = newId("pi")
    const intent = {
      id,
      object: "payment_intent",
      amount: toInt(params.amount, "amount"),
      amount_capturable: 0,
      amount_details: { tip: {} },
      amount_received: 0,
      application: null,
      application_fee_amount: null,
      automatic_payment_methods:
        params.automatic_payment_methods?.enabled === "true" ? { allow_redirects: "always", enabled: true } : null,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: params.capture_method ?? "automatic_async",
      client_secret: `${id}_secret_${randomBytes(12).toString("hex")}`,
      confirmation_method: "automatic",
      created: now(),
      currency: String(params.currency).toLowerCase(),
      customer: params.customer ?? null,
      description: params.description ?? null,
      invoice: null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      metadata: { ...(params.metadata ?? {}) },
      next_action: null,
      on_behalf_of: null,
      payment_method: null,
      payment_method_configuration_details: null,
      payment_method_options: { card: { request_three_d_secure: "automatic" } },
      payment_method_types: params.payment_method_types ?? ["card"],
      processing: null,
      receipt_email: params.receipt_email ?? null,
      review: null,
      setup_future_usage: params.setup_future_usage ?? null,
      shipping: null,
      source: null,
      statement_descriptor: null,
      statement_descriptor_suffix: null,
      status: "requires_payment_method",
      transfer_data: null,
      transfer_group: null,
    }
    intents.set(id, intent)
    emit("payment_intent.created", intent)
    return intent
  }

  function updateIntent(intent, params) {
    if (intent.status === "succeeded" || intent.status === "canceled") {
      throw unexpectedState(intent, "update")
    }
    if (params.amount !== undefined) {
      intent.amount = toInt(params.amount, "amount")
    }
    for (const [key, value] of Object.entries(params.metadata ?? {})) {
      if (value === "") {
        delete intent.metadata[key]
      } else {
        intent.metadata[key] = value
      }
    }
    if (params.description !== undefined) {
      intent.description = params.description
    }
    return intent
  }

  /** The card has been authorised: held for a manual capture, or charged at once. */
  function authorised(intent) {
    intent.latest_charge = newId("ch")
    intent.next_action = null
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
      emit("payment_intent.amount_capturable_updated", intent)
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
      emit("charge.succeeded", { id: intent.latest_charge, object: "charge", payment_intent: intent.id })
      emit("payment_intent.succeeded", intent)
    }
  }

  function confirmIntent(intent, params) {
    if (!["requires_payment_method", "requires_confirmation", "requires_action"].includes(intent.status)) {
      throw unexpectedState(intent, "confirm")
    }
    if (!params.payment_method) {
      throw new StripeError(400, {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: "You cannot confirm this PaymentIntent because it's missing a payment method.",
        payment_intent: intent,
      })
    }
    const { method, card } = paymentMethodFrom(params.payment_method)
    intent.payment_method = method.id
    intent.last_payment_error = null
    if (card.decline) {
      const error = {
        type: "card_error",
        code: "card_declined",
        decline_code: card.decline,
        message: DECLINE_MESSAGES[card.decline],
        payment_method: method,
      }
      intent.status = "requires_payment_method"
      intent.payment_method = null
      intent.last_payment_error = error
      emit("payment_intent.payment_failed", intent)
      throw new StripeError(402, { ...error, payment_intent: structuredClone(intent) })
    }
    if (card.authenticate) {
      if (!params.return_url) {
        throw new StripeError(400, {
          type: "invalid_request_error",
          param: "return_url",
          message: "This payment method requires a return_url to redirect the customer after authentication.",
        })
      }
      intent.status = "requires_action"
      intent.next_action = {
        type: "redirect_to_url",
        redirect_to_url: { return_url: params.return_url, url: `${baseUrl}/_fake/authenticate/${intent.id}` },
      }
      emit("payment_intent.requires_action", intent)
      return intent
    }
    authorised(intent)
    return intent
  }

  function captureIntent(intent, params) {
    if (intent.status !== "requires_capture") {
      throw unexpectedState(intent, "capture")
    }
    const amount =
      params.amount_to_capture === undefined
        ? intent.amount_capturable
        : toInt(params.amount_to_capture, "amount_to_capture")
    if (amount > intent.amount_capturable) {
      throw new StripeError(400, {
        type: "invalid_request_error",
        code: "amount_too_large",
        param: "amount_to_capture",
        message: "The amount to capture is greater than the amount capturable.",
      })
    }
    intent.status = "succeeded"
    intent.amount_received = amount
    intent.amount_capturable = 0
    emit("payment_intent.succeeded", intent)
    return intent
  }

  function cancelIntent(intent, params) {
    if (intent.status === "succeeded" || intent.status === "canceled") {
      throw unexpectedState(intent, "cancel")
    }
    intent.status = "canceled"
    intent.canceled_at = now()
    intent.cancellation_reason = params.cancellation_reason ?? null
    intent.amount_capturable = 0
    emit("payment_intent.canceled", intent)
    return intent
  }

  function refund(params) {
    const intent = intentOf(params.payment_intent)
    if (intent.status !== "succeeded") {
      throw new StripeError(400, {
        type: "invalid_request_error",
        message: `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
      })
    }
    const refunded = [...refunds.values()]
      .filter((r) => r.payment_intent === intent.id)
      .reduce((sum, r) => sum + r.amount, 0)
    const left = intent.amount_received - refunded
    if (left <= 0) {
      throw new StripeError(400, {
        type: "invalid_request_error",
        code: "charge_already_refunded",
        message: `Charge ${intent.latest_charge} has already been refunded.`,
      })
    }
    const amount = params.amount === undefined ? left : toInt(params.amount, "amount")
    if (amount > left) {
      throw new StripeError(400, {
        type: "invalid_request_error",
        code: "amount_too_large",
        param: "amount",
        message: `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
      })
    }
    const created = {
      id: newId("re"),
      object: "refund",
      amount,
      balance_transaction: newId("txn"),
      charge: intent.latest_charge,
      created: now(),
      currency: intent.currency,
      metadata: { ...(params.metadata ?? {}) },
      payment_intent: intent.id,
      reason: params.reason ?? null,
      receipt_number: null,
      source_transfer_reversal: null,
      status: "succeeded",
      transfer_reversal: null,
    }
    refunds.set(created.id, created)
    emit("charge.refunded", {
      id: intent.latest_charge,
      object: "charge",
      payment_intent: intent.id,
      amount_refunded: refunded + amount,
    })
    return created
  }

  function saveCustomer(customer, params) {
    for (const field of ["email", "name", "phone", "description"]) {
      if (params[field] !== undefined) {
        customer[field] = params[field] === "" ? null : params[field]
      }
    }
    if (params.address !== undefined) {
      customer.address = params.address
    }
    if (params.shipping !== undefined) {
      customer.shipping = params.shipping
    }
    Object.assign(customer.metadata, params.metadata ?? {})
    return customer
  }

  function createCustomer(params) {
    const customer = {
      id: newId("cus"),
      object: "customer",
      address: null,
      balance: 0,
      created: now(),
      currency: null,
      default_source: null,
      delinquent: false,
      description: null,
      email: null,
      invoice_prefix: randomBytes(4).toString("hex").toUpperCase(),
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      livemode: false,
      metadata: {},
      name: null,
      phone: null,
      preferred_locales: [],
      shipping: null,
      tax_exempt: "none",
    }
    customers.set(customer.id, saveCustomer(customer, params))
    emit("customer.created", customer)
    return customer
  }

  const list = (url, data) => ({ object: "list", data, has_more: false, url })

  /** Routes: [method, pattern, handler(params, match, auth)]. */
  const routes = [
    ["POST", /^\/v1\/payment_intents$/, (p) => view(createIntent(p), p.expand)],
    ["GET", /^\/v1\/payment_intents\/([^/]+)$/, (p, [id]) => view(intentOf(id), p.expand)],
    ["POST", /^\/v1\/payment_intents\/([^/]+)$/, (p, [id]) => view(updateIntent(intentOf(id), p), p.expand)],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/confirm$/, (p, [id]) => view(confirmIntent(intentOf(id), p), p.expand)],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/capture$/, (p, [id]) => view(captureIntent(intentOf(id), p), p.expand)],
    ["POST", /^\/v1\/payment_intents\/([^/]+)\/cancel$/, (p, [id]) => view(cancelIntent(intentOf(id), p), p.expand)],
    ["POST", /^\/v1\/refunds$/, (p) => refund(p)],
    [
      "GET",
      /^\/v1\/refunds$/,
      (p) =>
        list(
          "/v1/refunds",
          [...refunds.values()].filter((r) => !p.payment_intent || r.payment_intent === p.payment_intent)
        ),
    ],
    ["POST", /^\/v1\/customers$/, (p) => createCustomer(p)],
    ["GET", /^\/v1\/customers\/([^/]+)$/, (_, [id]) => customers.get(id) ?? Promise.reject(missing("customer", id))],
    [
      "POST",
      /^\/v1\/customers\/([^/]+)$/,
      (p, [id]) => (customers.has(id) ? saveCustomer(customers.get(id), p) : Promise.reject(missing("customer", id))),
    ],
    [
      "DELETE",
      /^\/v1\/customers\/([^/]+)$/,
      (_, [id]) =>
        customers.delete(id) ? { id, object: "customer", deleted: true } : Promise.reject(missing("customer", id)),
    ],
    [
      "GET",
      /^\/v1\/customers\/([^/]+)\/payment_methods$/,
      (_, [id]) =>
        list(
          `/v1/customers/${id}/payment_methods`,
          [...paymentMethods.values()].filter((m) => m.customer === id)
        ),
    ],
    [
      "GET",
      /^\/v1\/payment_methods\/([^/]+)$/,
      (_, [id]) => paymentMethods.get(id) ?? Promise.reject(missing("payment_method", id)),
    ],
    [
      "GET",
      /^\/v1\/events$/,
      (p) => list("/v1/events", events.filter((e) => !p.type || e.type === p.type).slice(0, Number(p.limit ?? 10))),
    ],
    [
      "GET",
      /^\/v1\/events\/([^/]+)$/,
      (_, [id]) => events.find((e) => e.id === id) ?? Promise.reject(missing("event", id)),
    ],
  ]

  /** Stripe.js confirms and reads an intent with the publishable key and the intent's client secret. */
  function authorise(request, method, path, params) {
    // Bearer (the SDKs) or Basic with the key as user name (curl -u sk_test_…:), as Stripe takes.
    const header = request.headers.authorization ?? ""
    const basic = /^Basic\s+(.+)$/i.exec(header)
    const token =
      (basic ? Buffer.from(basic[1], "base64").toString("utf8").split(":")[0] : header.replace(/^Bearer\s+/i, "")) ||
      params.key
    if (token === secretKey) {
      return
    }
    const clientPath = /^\/v1\/payment_intents\/([^/]+)(\/confirm)?$/.exec(path)
    if (token === publishableKey && clientPath && (method === "GET" || clientPath[2])) {
      if (intents.get(clientPath[1])?.client_secret === params.client_secret) {
        return
      }
      throw missing("payment_intent", clientPath[1], "intent")
    }
    throw new StripeError(401, {
      type: "invalid_request_error",
      message: token ? `Invalid API Key provided: ${token.slice(0, 8)}***` : "You did not provide an API key.",
    })
  }

  async function handle(request, body) {
    const url = new URL(request.url, "http://stripe.test")
    const method = request.method ?? "GET"
    const params = method === "GET" || method === "DELETE" ? parseForm(url.search.slice(1)) : parseForm(body)
    requests.push({ method, path: url.pathname, params, idempotencyKey: request.headers["idempotency-key"] })
    authorise(request, method, url.pathname, params)
    const key = request.headers["idempotency-key"]
    if (key && method === "POST") {
      const previous = idempotent.get(key)
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
    let response
    try {
      response = { status: 200, body: await route[2](params, route[1].exec(url.pathname).slice(1)) }
    } catch (error) {
      if (!(error instanceof StripeError)) {
        throw error
      }
      response = { status: error.status, body: { error: error.error } }
    }
    if (key && method === "POST" && response.status !== 500) {
      idempotent.set(key, { path: url.pathname, body, response })
    }
    return response
  }

  /** The bank's 3-D Secure page: approves (or, with ?outcome=fail, refuses) and returns the shopper. */
  function authenticatePage(url, response) {
    const intent = intents.get(url.pathname.split("/").pop())
    if (!intent || intent.status !== "requires_action") {
      response.writeHead(404, { "content-type": "text/plain" }).end("No authentication pending")
      return
    }
    const returnUrl = new URL(intent.next_action.redirect_to_url.return_url)
    if (url.searchParams.get("outcome") === "fail") {
      intent.status = "requires_payment_method"
      intent.next_action = null
      intent.last_payment_error = {
        type: "card_error",
        code: "payment_intent_authentication_failure",
        message:
          "We are unable to authenticate your payment method. Please choose a different payment method and try again.",
      }
      emit("payment_intent.payment_failed", intent)
    } else {
      authorised(intent)
    }
    returnUrl.searchParams.set("payment_intent", intent.id)
    returnUrl.searchParams.set("payment_intent_client_secret", intent.client_secret)
    returnUrl.searchParams.set("redirect_status", intent.status === "requires_payment_method" ? "failed" : "succeeded")
    response.writeHead(302, { location: returnUrl.href }).end()
  }

  const server = http.createServer((request, response) => {
    const chunks = []
    request.on("data", (chunk) => chunks.push(chunk))
    request.on("end", async () => {
      const url = new URL(request.url ?? "/", "http://stripe.test")
      if (url.pathname.startsWith("/_fake/authenticate/")) {
        authenticatePage(url, response)
        return
      }
      try {
        const result = await handle(request, Buffer.concat(chunks).toString("utf8"))
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
    secretKey,
    publishableKey,
    intents,
    events,
    requests,
    /** Listens on 127.0.0.1 (a free port unless one is given); resolves to the base address. */
    listen(port = 0) {
      return new Promise((resolve) => {
        server.listen(port, "127.0.0.1", () => {
          baseUrl = `http://127.0.0.1:${server.address().port}`
          resolve(baseUrl)
        })
      })
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
