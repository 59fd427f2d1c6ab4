import { StripeError, toInt } from "./errors.js"
import { emit } from "./events.js"
import type { Params } from "./form.js"
import { intentOf } from "./payment-intents.js"
import { list, newId, now, type Refund, type Route, type Store } from "./store.js"

/** Refunds the intent's charge, in full or in part, up to what is left of it. */
function refund(store: Store, params: Params) {
  const intent = intentOf(store, params.payment_intent)
  if (intent.status !== "succeeded") {
    throw new StripeError(400, {
      type: "invalid_request_error",
      message: `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
    })
  }
  const refunded = [...store.refunds.values()]
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
  const created: Refund = {
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
  store.refunds.set(created.id, created)
  emit(store, "charge.refunded", {
    id: intent.latest_charge,
    object: "charge",
    payment_intent: intent.id,
    amount_refunded: refunded + amount,
  })
  return created
}

export const refundRoutes = (store: Store): Route[] => [
  ["POST", /^\/v1\/refunds$/, (p) => refund(store, p)],
  [
    "GET",
    /^\/v1\/refunds$/,
    (p) =>
      list(
        "/v1/refunds",
        [...store.refunds.values()].filter((r) => !p.payment_intent || r.payment_intent === p.payment_intent)
      ),
  ],
]
