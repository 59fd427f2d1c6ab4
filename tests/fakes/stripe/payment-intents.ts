import { randomBytes } from "node:crypto"
import type { ServerResponse } from "node:http"
import { StripeError, missing, missingParam, toInt, unexpectedState } from "./errors.js"
import { emit } from "./events.js"
import type { Params } from "./form.js"
import { DECLINE_MESSAGES, paymentMethodFrom } from "./payment-methods.js"
import { newId, now, type PaymentIntent, type Route, type Store } from "./store.js"

export function intentOf(store: Store, id: string) {
  const intent = store.intents.get(id)
  if (!intent) {
    throw missing("payment_intent", id, "intent")
  }
  return intent
}

/** A copy of the intent as answered, its payment method expanded when asked. */
function view(store: Store, intent: PaymentIntent, expand: string[] = []) {
  const copy = structuredClone(intent)
  if (expand.includes("payment_method") && typeof copy.payment_method === "string") {
    copy.payment_method = store.paymentMethods.get(copy.payment_method) ?? copy.payment_method
  }
  return copy
}

function createIntent(store: Store, params: Params) {
  if (params.amount === undefined) {
    throw missingParam("amount")
  }
  if (!params.currency) {
    throw missingParam("currency")
  }
  if (params.customer && !store.customers.has(params.customer)) {
    throw missing("customer", params.customer, "customer")
  }
  const id = newId("pi")
  const intent: PaymentIntent = {
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
  store.intents.set(id, intent)
  emit(store, "payment_intent.created", intent)
  return intent
}

function updateIntent(intent: PaymentIntent, params: Params) {
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
      intent.metadata[key] = value as string
    }
  }
  if (params.description !== undefined) {
    intent.description = params.description
  }
  return intent
}

/** The card has been authorised: held for a manual capture, or charged at once. */
function authorised(store: Store, intent: PaymentIntent) {
  intent.latest_charge = newId("ch")
  intent.next_action = null
  if (intent.capture_method === "manual") {
    intent.status = "requires_capture"
    intent.amount_capturable = intent.amount
    emit(store, "payment_intent.amount_capturable_updated", intent)
  } else {
    intent.status = "succeeded"
    intent.amount_received = intent.amount
    emit(store, "charge.succeeded", { id: intent.latest_charge, object: "charge", payment_intent: intent.id })
    emit(store, "payment_intent.succeeded", intent)
  }
}

function confirmIntent(store: Store, intent: PaymentIntent, params: Params) {
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
  const { method, card } = paymentMethodFrom(store, params.payment_method)
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
    emit(store, "payment_intent.payment_failed", intent)
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
      redirect_to_url: { return_url: params.return_url, url: `${store.baseUrl}/_fake/authenticate/${intent.id}` },
    }
    emit(store, "payment_intent.requires_action", intent)
    return intent
  }
  authorised(store, intent)
  return intent
}

function captureIntent(store: Store, intent: PaymentIntent, params: Params) {
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
  emit(store, "payment_intent.succeeded", intent)
  return intent
}

function cancelIntent(store: Store, intent: PaymentIntent, params: Params) {
  if (intent.status === "succeeded" || intent.status === "canceled") {
    throw unexpectedState(intent, "cancel")
  }
  intent.status = "canceled"
  intent.canceled_at = now()
  intent.cancellation_reason = params.cancellation_reason ?? null
  intent.amount_capturable = 0
  emit(store, "payment_intent.canceled", intent)
  return intent
}

export const paymentIntentRoutes = (store: Store): Route[] => {
  const answer = (intent: PaymentIntent, p: Params) => view(store, intent, p.expand)
  return [
    ["POST", /^\/v1\/payment_intents$/, (p) => answer(createIntent(store, p), p)],
    ["GET", /^\/v1\/payment_intents\/([^/]+)$/, (p, [id]) => answer(intentOf(store, id), p)],
    ["POST", /^\/v1\/payment_intents\/([^/]+)$/, (p, [id]) => answer(updateIntent(intentOf(store, id), p), p)],
    [
      "POST",
      /^\/v1\/payment_intents\/([^/]+)\/confirm$/,
      (p, [id]) => answer(confirmIntent(store, intentOf(store, id), p), p),
    ],
    [
      "POST",
      /^\/v1\/payment_intents\/([^/]+)\/capture$/,
      (p, [id]) => answer(captureIntent(store, intentOf(store, id), p), p),
    ],
    [
      "POST",
      /^\/v1\/payment_intents\/([^/]+)\/cancel$/,
      (p, [id]) => answer(cancelIntent(store, intentOf(store, id), p), p),
    ],
  ]
}

/** The bank's 3-D Secure page: approves (or, with ?outcome=fail, refuses) and returns the shopper. */
export function authenticatePage(store: Store, url: URL, response: ServerResponse) {
  const intent = store.intents.get(url.pathname.split("/").pop() ?? "")
  if (!intent || intent.status !== "requires_action" || !intent.next_action) {
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
    emit(store, "payment_intent.payment_failed", intent)
  } else {
    authorised(store, intent)
  }
  returnUrl.searchParams.set("payment_intent", intent.id)
  returnUrl.searchParams.set("payment_intent_client_secret", intent.client_secret)
  returnUrl.searchParams.set("redirect_status", intent.status === "requires_payment_method" ? "failed" : "succeeded")
  response.writeHead(302, { location: returnUrl.href }).end()
}
