import { randomBytes } from "node:crypto"
import type { Params } from "./form.js"

export const API_VERSION = "2024-04-10"

/** A Stripe object as the API answers it: its own fields, typed where the fake reads them. */
type StripeObject = { id: string; object: string; [field: string]: unknown }

export type PaymentIntent = StripeObject & {
  amount: number
  amount_capturable: number
  amount_received: number
  canceled_at: number | null
  cancellation_reason: string | null
  capture_method: string
  client_secret: string
  currency: string
  description: string | null
  last_payment_error: Record<string, unknown> | null
  latest_charge: string | null
  metadata: Record<string, string>
  next_action: { type: string; redirect_to_url: { return_url: string; url: string } } | null
  payment_method: string | PaymentMethod | null
  status: string
}
export type PaymentMethod = StripeObject & { customer: string | null }
export type Customer = StripeObject & { metadata: Record<string, string>; [field: string]: unknown }
export type Refund = StripeObject & { amount: number; payment_intent: string }
export type StripeEvent = StripeObject & { type: string }
export type RecordedRequest = { method: string; path: string; params: Params; idempotencyKey?: string }
export type Answer = { status: number; body: unknown; replayed?: boolean }

/** Everything the fake remembers, per instance. */
export type Store = {
  intents: Map<string, PaymentIntent>
  customers: Map<string, Customer>
  paymentMethods: Map<string, PaymentMethod>
  refunds: Map<string, Refund>
  /** Newest first, as Stripe lists them. */
  events: StripeEvent[]
  idempotent: Map<string, { path: string; body: string; response: Answer }>
  requests: RecordedRequest[]
  /** The fake's own address once it listens, for the 3-D Secure page's URL. */
  baseUrl: string
}

export function createStore(): Store {
  return {
    intents: new Map(),
    customers: new Map(),
    paymentMethods: new Map(),
    refunds: new Map(),
    events: [],
    idempotent: new Map(),
    requests: [],
    baseUrl: "",
  }
}

/** A route of the API: the handler answers with the object, or throws a StripeError. */
export type Route = [method: string, pattern: RegExp, handler: (params: Params, match: string[]) => unknown]

export const now = () => Math.floor(Date.now() / 1000)
export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`
export const list = (url: string, data: unknown[]) => ({ object: "list", data, has_more: false, url })
