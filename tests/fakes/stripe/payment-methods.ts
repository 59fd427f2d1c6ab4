import { missing } from "./errors.js"
import { list, newId, now, type PaymentMethod, type Route, type Store } from "./store.js"

type TestCard = { brand: string; last4: string; decline?: keyof typeof DECLINE_MESSAGES; authenticate?: boolean }

/** Stripe's test payment methods the fake knows. */
const CARDS: Record<string, TestCard> = {
  pm_card_visa: { brand: "visa", last4: "4242" },
  pm_card_mastercard: { brand: "mastercard", last4: "4444" },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002", decline: "generic_decline" },
  pm_card_visa_chargeDeclinedInsufficientFunds: { brand: "visa", last4: "9995", decline: "insufficient_funds" },
  pm_card_authenticationRequired: { brand: "visa", last4: "3184", authenticate: true },
}

export const DECLINE_MESSAGES = {
  generic_decline: "Your card was declined.",
  insufficient_funds: "Your card has insufficient funds.",
}

/** A new card payment method from a test token (pm_card_visa…), as confirming with one makes. */
export function paymentMethodFrom(store: Store, token: string) {
  const card = CARDS[token]
  if (!card) {
    throw missing("PaymentMethod", token, "payment_method")
  }
  const method: PaymentMethod = {
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
  store.paymentMethods.set(method.id, method)
  return { method, card }
}

export const paymentMethodRoutes = (store: Store): Route[] => [
  [
    "GET",
    /^\/v1\/customers\/([^/]+)\/payment_methods$/,
    (_, [id]) =>
      list(
        `/v1/customers/${id}/payment_methods`,
        [...store.paymentMethods.values()].filter((m) => m.customer === id)
      ),
  ],
  [
    "GET",
    /^\/v1\/payment_methods\/([^/]+)$/,
    (_, [id]) => {
      const method = store.paymentMethods.get(id)
      if (!method) {
        throw missing("payment_method", id)
      }
      return method
    },
  ],
]
