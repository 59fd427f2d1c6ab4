import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { getCartId } from "./cookies"
import { medusa } from "./medusa"
import { regionForCountry } from "./regions"

export type ShippingChoice = { id: string; name: string; amount: number }

export type CheckoutCart = {
  id: string
  email: string | null
  currencyCode: string
  countries: { code: string; name: string }[]
  address: HttpTypes.StoreCartAddress | null
  shippingMethodId: string | null
  lines: { id: string; title: string; variantTitle: string | null; quantity: number; total: number }[]
  subtotal: number
  shipping: number
  tax: number
  discount: number
  total: number
  shippingChoices: ShippingChoice[]
}

const FIELDS =
  "id,email,currency_code,completed_at,item_subtotal,shipping_total,tax_total,discount_total,total,*shipping_address,shipping_methods.shipping_option_id,items.id,items.product_title,items.variant_title,items.quantity,items.total"

const countryNames = new Intl.DisplayNames(["en"], { type: "region" })

function countriesOf(region: { countries: string[] } | undefined) {
  return (region?.countries ?? [])
    .map((code) => ({ code, name: countryNames.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** The visitor's cart as checkout needs it, with the shipping methods its address allows. */
export async function getCheckoutCart(countryCode: string): Promise<CheckoutCart | null> {
  const cartId = await getCartId()
  if (!cartId) {
    return null
  }
  let { cart } = await medusa()
    .store.cart.retrieve(cartId, { fields: FIELDS }, {})
    .catch(() => ({ cart: null as HttpTypes.StoreCart | null }))
  if (!cart || cart.completed_at || !cart.items?.length) {
    return null
  }
  if (!cart.shipping_address?.country_code) {
    // Shipping methods depend on the destination: start from the store's country in the URL.
    ;({ cart } = await medusa().store.cart.update(cart.id, { shipping_address: { country_code: countryCode } }, { fields: FIELDS }))
  }
  const { shipping_options } = await medusa().store.fulfillment.listCartOptions({ cart_id: cart.id }, {})
  return {
    id: cart.id,
    email: cart.email ?? null,
    currencyCode: cart.currency_code,
    countries: countriesOf(await regionForCountry(countryCode)),
    address: cart.shipping_address ?? null,
    shippingMethodId: cart.shipping_methods?.[0]?.shipping_option_id ?? null,
    lines: (cart.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      variantTitle: item.variant_title ?? null,
      quantity: item.quantity,
      total: item.total ?? 0,
    })),
    subtotal: cart.item_subtotal ?? 0,
    shipping: cart.shipping_total ?? 0,
    tax: cart.tax_total ?? 0,
    discount: cart.discount_total ?? 0,
    total: cart.total ?? 0,
    shippingChoices: shipping_options.map((option) => ({
      id: option.id,
      name: option.name,
      amount: option.amount ?? 0,
    })),
  }
}
