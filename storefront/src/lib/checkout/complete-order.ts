import "server-only"
import { PLACED_ORDER_FIELDS } from "@lacremeluxe/shared"
import { FetchError } from "@medusajs/js-sdk"
import { refusalOf, type CheckoutRefusal } from "./errors"
import { rememberPlacedOrder } from "../server/cookies"
import { medusa } from "../data/medusa"
import { personal } from "../server/session"

export type Completion = { ok: true; orderId: string } | { ok: false; refusal: CheckoutRefusal }

/**
 * What a failed checkout call means for the shopper (the key of its sentence); the backend's own
 * sentence goes to the log. The cart is never touched by a failure.
 */
export function explainCheckoutError(error: unknown): CheckoutRefusal {
  const status = error instanceof FetchError ? error.status : undefined
  const refusal = refusalOf(status, error instanceof Error ? error.message : String(error))
  if (refusal === "ourProblem") {
    console.error("checkout failed", error)
  } else {
    console.warn(`checkout refused (${status}): ${(error as Error).message}`)
  }
  return refusal
}

/**
 * Turns the cart into an order, exactly once. Medusa's complete-cart workflow locks the cart and
 * returns the existing order when the cart was already completed (a double click, a reload
 * after a payment redirect, or Stripe's webhook that got there first), so every caller gets the
 * same order. The confirmation is then tied to this browser.
 */
export async function completeCart(cartId: string): Promise<Completion> {
  try {
    const result = await medusa().store.cart.complete(cartId, { fields: PLACED_ORDER_FIELDS }, await personal())
    if (result.type !== "order") {
      console.warn(`checkout refused: ${result.error?.message}`)
      return { ok: false, refusal: refusalOf(400, result.error?.message ?? "Payment authorization failed") }
    }
    await rememberPlacedOrder(result.order.id)
    return { ok: true, orderId: result.order.id }
  } catch (error) {
    return { ok: false, refusal: explainCheckoutError(error) }
  }
}
