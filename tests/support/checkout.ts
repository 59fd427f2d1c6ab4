import { DEFAULT_LOCALE, NEW_CART_PATH, newCartBody } from "@lacremeluxe/shared"
import { admin, adminToken, regionByName, store, uniqueEmail } from "./api"

export const germanAddress = {
  first_name: "Mara",
  last_name: "Lindqvist",
  address_1: "Karl-Liebknecht-Straße 9",
  city: "Leipzig",
  postal_code: "04107",
  country_code: "de",
  phone: "+49 341 000000",
}

export const frenchAddress = {
  first_name: "Camille",
  last_name: "Moreau",
  address_1: "12 rue de la République",
  city: "Lyon",
  postal_code: "69002",
  country_code: "fr",
  phone: "+33 4 00 00 00 00",
}

/** A cart in a region; with `locale`, in that language (Medusa names its lines in it). */
export async function newCart(regionName = "Europe", email = uniqueEmail("guest"), locale?: string) {
  const region = await regionByName(regionName)
  const { status, body } = await store("/store/carts", { body: { region_id: region.id, email, locale } })
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
export async function checkout(
  cartId: string,
  token?: string,
  standardName = "Standard shipping",
  address: typeof germanAddress = germanAddress
) {
  await store(`/store/carts/${cartId}`, {
    token,
    body: { shipping_address: address, billing_address: address },
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

/**
 * A price list staff create for one postal code (a rule on the pricing context's
 * `shipping_address.postal_code`), with one variant at `amount` in euros; `remove` deletes it.
 */
export async function postalCodePriceList(variantId: string, amount: number, postalCode: string) {
  const token = await adminToken()
  const { status, body } = await admin("/admin/price-lists", {
    token,
    body: {
      title: `Postal code ${postalCode} ${Date.now()}`,
      description: `A price for postal code ${postalCode}`,
      status: "active",
      type: "sale",
      rules: { "shipping_address.postal_code": [postalCode] },
      prices: [{ variant_id: variantId, amount, currency_code: "eur" }],
    },
  })
  if (status !== 200) {
    throw new Error(`price list not created: ${status} ${JSON.stringify(body)}`)
  }
  return {
    remove: () => admin(`/admin/price-lists/${body.price_list.id}`, { token, method: "DELETE" }),
  }
}

/**
 * A cart opened as the storefront opens it: in Germany, with the Europe region's first product's
 * first variant, answered with `fields`; also that variant and its catalog price. In the default
 * language (the shipping options' English names, as the tests look for them).
 */
export async function cartInGermany(fields: string) {
  const region = await regionByName("Europe")
  const { body: products } = await store(
    `/store/products?region_id=${region.id}&fields=id,variants.id,*variants.calculated_price&limit=1`
  )
  const variant = products.products[0].variants[0]
  const { status, body } = await store(`${NEW_CART_PATH}?fields=${fields}`, {
    body: newCartBody({
      region_id: region.id,
      country_code: "de",
      locale: DEFAULT_LOCALE,
      items: [{ variant_id: variant.id, quantity: 1 }],
    }),
  })
  if (status !== 200) {
    throw new Error(`cart not created: ${status} ${JSON.stringify(body)}`)
  }
  return {
    cart: body.cart,
    variantId: variant.id as string,
    price: variant.calculated_price.calculated_amount as number,
  }
}
