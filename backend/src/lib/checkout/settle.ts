/**
 * What a checkout left half done (a crash during cart completion) needs, decided from what the
 * database holds. Pure: unit-tested beside it; the reconcile-checkouts workflow acts on it.
 */

export type CheckoutState = {
  cartId: string
  completedAt: Date | string | null
  order: { id: string; status: string } | null
  /** A payment recorded as authorised (not cancelled) on the cart's payment collection. */
  authorizedPaymentId: string | null
  /** The payment session completion authorises (the first one, as completeCartWorkflow picks). */
  sessionId: string | null
}

export type Settlement =
  /** The order exists and is paid for: only what the crash cut off (order.placed) is done again. */
  | { action: "finish"; orderId: string }
  /** The order exists but its payment was never authorised: authorise it, or release the order. */
  | { action: "authorize"; orderId: string; sessionId: string }
  /** Paid, but no order: complete the cart (as Medusa does after a payment webhook). */
  | { action: "complete" }
  /** Marked completed, but no order and no payment: the cart becomes completable again. */
  | { action: "reopen" }
  | { action: "none" }

export function settlementFor(state: CheckoutState): Settlement {
  const order = state.order && state.order.status !== "canceled" ? state.order : null
  if (order) {
    if (state.authorizedPaymentId) {
      return { action: "finish", orderId: order.id }
    }
    if (state.sessionId) {
      return { action: "authorize", orderId: order.id, sessionId: state.sessionId }
    }
    return { action: "none" }
  }
  if (state.order) {
    // Released earlier (cancelled): the cart is open again unless it still says completed.
    return state.completedAt ? { action: "reopen" } : { action: "none" }
  }
  if (state.authorizedPaymentId) {
    return { action: "complete" }
  }
  return state.completedAt ? { action: "reopen" } : { action: "none" }
}
