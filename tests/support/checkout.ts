import { regionByName, store, uniqueEmail } from "./api"

export const germanAddress = {
  first_name: "Mara",
  last_name: "Lindqvist",
  address_1: "Karl-Liebknecht-Straße 9",
  city: "Leipzig",
  postal_code: "04107",
  country_code: "de",
  phone: "+49 341 000000",
}

export async function newCart(regionName = "Europe", email = uniqueEmail("guest")) {
  const region = await regionByName(regionName)
  const { status, body } = await store("/store/carts", { body: { region_id: region.id, email } })
  if (status !== 200) {
    throw new Error(`cart not created: ${status} ${JSON.stringify(body)}`)
  }
  return body.cart as { id: string; region_id: string }
}

export function addItem(cartId: string, variantId: string, quantity = 1) {
  return store(`/store/carts/${cartId}/line-items`, { body: { variant_id: variantId, quantity } })
}

/**
 * Address, standard shipping, the system payment provider, complete: the cart becomes an order.
 * A registered shopper's cart needs their token on every call. A cart in another language names
 * its shipping options in that language (`standardName`).
 */
export async function checkout(cartId: string, token?: string, standardName = "Standard shipping") {
  await store(`/store/carts/${cartId}`, {
    token,
    body: { shipping_address: germanAddress, billing_address: germanAddress },
  })
  const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`, { token })
  const standard = options.shipping_options.find((o: { name: string }) => o.name === standardName)
  await store(`/store/carts/${cartId}/shipping-methods`, { token, body: { option_id: standard.id } })
  const { body: collection } = await store("/store/payment-collections", { token, body: { cart_id: cartId } })
  await store(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, {
    token,
    body: { provider_id: "pp_system_default" },
  })
  return store(`/store/carts/${cartId}/complete`, { token, body: {} })
}
