/**
 * Why checkout failed, as the key of its sentence in the "checkout.actions" messages. The backend
 * answers in English (Medusa's own sentences, which may name internal ids), so the storefront
 * says its own sentence in the shopper's language and logs the backend's. Pure: unit-tested.
 */
export type CheckoutRefusal =
  "paymentRefused" | "soldOut" | "expired" | "shippingUnavailable" | "notServed" | "busy" | "refused" | "ourProblem"

/**
 * Medusa's sentences (core-flows 2.21.2, its locking, and this backend's own), by what they mean
 * for the shopper; the first that matches wins.
 */
const MEANINGS: [RegExp, CheckoutRefusal][] = [
  [/inventory|stock/i, "soldOut"],
  [/not authori[sz]ed with the provider|payment.*(authori[sz]|declin|fail)/i, "paymentRefused"],
  [/already completed|^Cart .*(not found|was not found)/i, "expired"],
  [/shipping option|shipping method|require shipping|shipping profiles/i, "shippingUnavailable"],
  [/is not within region/i, "notServed"],
  [/acquiring lock/i, "busy"],
]

/**
 * A backend answer (its HTTP status and sentence) in the shopper's terms: 503 (the store is busy
 * or a service restarting: nothing was changed) and 429 are "try again in a moment", another
 * 4xx by its sentence, anything else is our problem.
 */
export function refusalOf(status: number | undefined, message: string): CheckoutRefusal {
  if (status === 503 || status === 429) {
    return "busy"
  }
  if (!status || status >= 500) {
    return "ourProblem"
  }
  return MEANINGS.find(([words]) => words.test(message))?.[1] ?? "refused"
}
