import "server-only"
import type { CartAdvice } from "@lacremeluxe/shared"
import { getCartId } from "../server/cookies"
import { inLocale, medusa } from "./medusa"
import { personal } from "../server/session"

/**
 * What the routine's rules say about the visitor's cart (`GET /store/carts/:id/advice`): a retinoid
 * with an acid, acids without SPF, two exfoliants. Advice is a help, never a reason to fail the
 * cart page: an error answers none.
 */
export async function getCartAdvice(locale: string): Promise<CartAdvice[]> {
  const cartId = await getCartId()
  if (!cartId) {
    return []
  }
  try {
    const { advice } = await medusa().client.fetch<{ advice: CartAdvice[] }>(
      `/store/carts/${encodeURIComponent(cartId)}/advice`,
      { headers: { ...(await personal()), ...inLocale(locale) }, cache: "no-store" }
    )
    return advice
  } catch (error) {
    console.error("cart advice failed", error instanceof Error ? error.message : error)
    return []
  }
}
