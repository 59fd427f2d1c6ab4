import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import {
  CART_SUMMARY_FIELDS,
  NEW_CART_PATH,
  newCartBody,
  storeLocale,
  type CartBatch,
  type CartBatchItem,
} from "@lacremeluxe/shared"
import { clearCartId, getCartId, setCartId } from "../server/cookies"
import { medusa } from "./medusa"
import { personal } from "../server/session"
import type { Region } from "./regions"
import { placeUpdate, type PagePlace, type PlaceUpdate } from "../util/cart-place"

export type CartSummary = { id: string; itemCount: number }

/** A cart's locale (Medusa 2.21 has the field; @medusajs/types' StoreCart does not name it yet). */
function localeOf(cart: HttpTypes.StoreCart): string | null {
  return (cart as HttpTypes.StoreCart & { locale?: string | null }).locale ?? null
}

function summarise(cart: HttpTypes.StoreCart): CartSummary {
  return { id: cart.id, itemCount: (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0) }
}

/** The visitor's open cart, if their cookie points at one. Never cached: carts are per visitor. */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const cartId = await getCartId()
  if (!cartId) {
    return null
  }
  try {
    const { cart } = await medusa().store.cart.retrieve(cartId, { fields: CART_SUMMARY_FIELDS }, await personal())
    return cart.completed_at ? null : cart
  } catch (error) {
    if (error instanceof FetchError && error.status === 404) {
      return null
    }
    throw error
  }
}

export async function cartSummary(): Promise<CartSummary | null> {
  const cart = await retrieveCart()
  return cart ? summarise(cart) : null
}

/** Where a shopper adds to the cart: the page's region, country and language. */
export type CartPlace = { region: Region; country: string; locale: string }

/** The update that puts a cart where this page sells (`placeUpdate`), or null when it is there. */
export function moveToPage(cart: HttpTypes.StoreCart, page: PagePlace): PlaceUpdate | null {
  return placeUpdate({ ...cart, locale: localeOf(cart) }, page)
}

/**
 * The visitor's open cart, moved to this region, country and language if needed (`placeUpdate`),
 * or null when there is none.
 */
async function openCartInRegion({ region, country }: CartPlace, locale: string): Promise<HttpTypes.StoreCart | null> {
  const existing = await retrieveCart()
  const update = existing && moveToPage(existing, { regionId: region.id, country, locale })
  if (!existing || !update) {
    return existing
  }
  const { cart } = await medusa().store.cart.update(
    existing.id,
    update,
    { fields: CART_SUMMARY_FIELDS },
    await personal()
  )
  return cart
}

/**
 * A refusal to add to the cart: out of stock, the store too busy to take it now (503, 429:
 * nothing was changed), or another reason (the backend's words, for the log).
 */
export class CartError extends Error {
  constructor(
    readonly reason: "stock" | "busy" | "refused",
    message: string
  ) {
    super(message)
  }
}

/**
 * A CartError in the shopper's language (t: the "cart.actions" messages). The backend's sentence
 * is English and goes to the log, not to the shopper.
 */
export function cartErrorMessage(error: CartError, t: (key: "outOfStock" | "busy" | "refused") => string): string {
  if (error.reason === "stock") {
    return t("outOfStock")
  }
  if (error.reason === "busy") {
    return t("busy")
  }
  console.warn(`add to cart refused: ${error.message}`)
  return t("refused")
}

/**
 * Puts lines in the visitor's cart in this region, country and language. Without an open cart, the
 * cart is created with the lines in one call (NEW_CART_PATH with `items`: Medusa's cart creation, which
 * prices them, checks stock and translates their titles into the cart's locale — one cart refresh
 * instead of a create and an add); otherwise `add` adds them to the open cart. A refusal (stock, a
 * gone cart) becomes a CartError in words, and a cart that no longer exists is forgotten.
 */
async function addingTo(
  place: CartPlace,
  items: CartBatchItem[],
  add: (cartId: string, headers: Record<string, string>) => Promise<HttpTypes.StoreCart>
): Promise<CartSummary> {
  const locale = storeLocale(place.locale)
  const open = await openCartInRegion(place, locale)
  try {
    if (open) {
      return summarise(await add(open.id, await personal()))
    }
    const { cart } = await medusa().client.fetch<HttpTypes.StoreCartResponse>(NEW_CART_PATH, {
      method: "POST",
      body: newCartBody({ region_id: place.region.id, country_code: place.country, locale, items }),
      query: { fields: CART_SUMMARY_FIELDS },
      headers: await personal(),
    })
    await setCartId(cart.id)
    return summarise(cart)
  } catch (error) {
    if (open && error instanceof FetchError && error.status === 404 && /cart/i.test(error.message)) {
      await clearCartId()
    }
    if (error instanceof FetchError && (error.status === 503 || error.status === 429)) {
      throw new CartError("busy", error.message)
    }
    if (error instanceof FetchError && error.status && error.status < 500) {
      throw new CartError(/inventory|stock/i.test(error.message) ? "stock" : "refused", error.message)
    }
    throw error
  }
}

/** Puts a variant in the visitor's cart. Medusa checks stock (for a bundle: every component's). */
export async function addToCart(place: CartPlace, variantId: string, quantity: number): Promise<CartSummary> {
  return addingTo(place, [{ variant_id: variantId, quantity }], async (cartId, headers) => {
    const { cart } = await medusa().store.cart.createLineItem(
      cartId,
      { variant_id: variantId, quantity },
      { fields: CART_SUMMARY_FIELDS },
      headers
    )
    return cart
  })
}

/** Several lines in one round trip (`POST /store/carts/:id/line-items/batch`, one workflow run). */
export async function addItemsToCart(place: CartPlace, items: CartBatchItem[]): Promise<CartSummary> {
  return addingTo(place, items, async (cartId, headers) => {
    const { cart } = await medusa().client.fetch<HttpTypes.StoreCartResponse>(
      `/store/carts/${encodeURIComponent(cartId)}/line-items/batch`,
      { method: "POST", body: { items } satisfies CartBatch, query: { fields: CART_SUMMARY_FIELDS }, headers }
    )
    return cart
  })
}
