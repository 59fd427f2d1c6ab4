import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { explainRefusal, OUR_PROBLEM } from "./errors"
import { rememberPlacedOrder } from "../server/cookies"
import { medusa } from "../data/medusa"
import { personal } from "../server/session"

export type Completion = { ok: true; orderId: string } | { ok: false; message: string }

/** A Medusa error in words for the shopper; the cart is never touched by a failure. */
export function explainCheckoutError(error: unknown): string {
  if (error instanceof FetchError && error.status && error.status < 500) {
    return explainRefusal(error.message)
  }
  console.error("checkout failed", error)
  return OUR_PROBLEM
}

/**
 * Turns the cart into an order, exactly once. Medusa's complete-cart workflow locks the cart and
 * returns the existing order when the cart was already completed (a double click, a reload
 * after a payment redirect, or Stripe's webhook that got there first), so every caller gets the
 * same order. The confirmation is then tied to this browser.
 */
export async function completeCart(cartId: string): Promise<Completion> {
  try {
    const result = await medusa().store.cart.complete(cartId, {}, await personal())
    if (result.type !== "order") {
      return { ok: false, message: explainRefusal(result.error?.message ?? "Payment authorization failed") }
    }
    await rememberPlacedOrder(result.order.id)
    return { ok: true, orderId: result.order.id }
  } catch (error) {
    return { ok: false, message: explainCheckoutError(error) }
  }
}
