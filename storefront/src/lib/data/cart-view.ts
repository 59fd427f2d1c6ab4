import "server-only"
import { getCartId } from "../server/cookies"
import { medusa } from "./medusa"
import { noneIfMissing } from "./missing"
import { personal } from "../server/session"
import { TOTALS_FIELDS } from "@lacremeluxe/shared"
import { displayTotals, type DisplayTotals } from "../util/totals"

export type CartLine = {
  id: string
  title: string
  variantTitle: string | null
  productHandle: string | null
  thumbnail: string | null
  quantity: number
  unitPrice: number
  total: number
}

export type CartView = {
  id: string
  currencyCode: string
  lines: CartLine[]
  totals: DisplayTotals
  promoCodes: string[]
}

const FIELDS = `id,currency_code,completed_at,promotions.code,${TOTALS_FIELDS},items.id,items.product_title,items.variant_title,items.product_handle,items.thumbnail,items.quantity,items.unit_price,items.total`

/** The visitor's cart as the cart page shows it. */
export async function getCartView(): Promise<CartView | null> {
  const cartId = await getCartId()
  if (!cartId) {
    return null
  }
  const { cart } = await medusa()
    .store.cart.retrieve(cartId, { fields: FIELDS }, await personal())
    .catch(noneIfMissing({ cart: null }))
  if (!cart || cart.completed_at) {
    return null
  }
  return {
    id: cart.id,
    currencyCode: cart.currency_code,
    lines: (cart.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      variantTitle: item.variant_title ?? null,
      productHandle: item.product_handle ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: item.quantity,
      unitPrice: item.unit_price,
      total: item.total ?? item.unit_price * item.quantity,
    })),
    totals: displayTotals(cart),
    promoCodes: (cart.promotions ?? []).flatMap((promotion) => (promotion?.code ? [promotion.code] : [])),
  }
}
