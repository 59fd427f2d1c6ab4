import "server-only"
import type { HttpTypes } from "@medusajs/types"
import {
  CACHE_TAGS,
  CHECKOUT_PAGE_FIELDS,
  storeLocale,
  type CartCheckout,
  type CartShippingChoice,
} from "@lacremeluxe/shared"
import { getCartId } from "../server/cookies"
import { currentCustomer, type SavedAddress } from "../data/account"
import { countryOptions } from "../util/countries"
import { inLocale, medusa } from "../data/medusa"
import type { Store } from "../util/store"
import { moveToPage } from "../data/cart"
import { noneIfMissing } from "../data/missing"
import { personal } from "../server/session"
import { choosePayment, type PaymentChoice } from "./payment"
import { regionForCountry } from "../data/regions"
import { displayTotals, summaryLines, type DisplayTotals, type SummaryLine } from "../util/totals"
import { offeredShipping } from "./shipping"
import { PUBLIC_REVALIDATE_SECONDS } from "../util/tags"

export type ShippingChoice = { id: string; name: string; amount: number }

export type CheckoutCart = {
  id: string
  email: string | null
  currencyCode: string
  countries: { code: string; name: string }[]
  address: HttpTypes.StoreCartAddress | null
  shippingMethodId: string | null
  lines: SummaryLine[]
  totals: DisplayTotals
  total: number
  shippingChoices: ShippingChoice[]
  payment: PaymentChoice
  /** The signed-in shopper's e-mail and saved addresses, offered in the form. */
  customer: { email: string; addresses: SavedAddress[] } | null
}

/** How checkout takes payment in this region (see `choosePayment`); cached like the regions. */
export async function paymentChoiceFor(regionId: string): Promise<PaymentChoice> {
  const { payment_providers } = await medusa().client.fetch<HttpTypes.StorePaymentProviderListResponse>(
    "/store/payment-providers",
    {
      query: { region_id: regionId, fields: "id" },
      next: { tags: [CACHE_TAGS.regions], revalidate: PUBLIC_REVALIDATE_SECONDS },
      cache: "force-cache",
    }
  )
  return choosePayment(
    payment_providers.map((provider) => provider.id),
    process.env.STRIPE_PUBLISHABLE_KEY
  )
}

/** The visitor's cart as checkout needs it, with the shipping methods its address allows. */
export async function getCheckoutCart(store: Store): Promise<CheckoutCart | null> {
  const cartId = await getCartId()
  if (!cartId) {
    return null
  }
  // The cart, its shipping options and the signed-in shopper at once: the options depend on the
  // cart's country and language, which are nearly always the page's (carts open in them), so they
  // need not wait for the cart. When the cart is gone or done, its own answer decides and the
  // others are dropped; when its country or language changes below, the options are asked again.
  // Each listing is a request of its own (`signal`): within one render, Next answers a GET it has
  // already made from its request memoization, which would hand the second listing the first
  // one's options, for the cart as it was before the update.
  const listOptions = async (id: string) =>
    medusa().client.fetch<HttpTypes.StoreShippingOptionListResponse>("/store/shipping-options", {
      query: { cart_id: id },
      headers: { ...(await personal()), ...inLocale(store.locale) },
      signal: new AbortController().signal,
    })
  let options = listOptions(cartId)
  const customerAnswer = currentCustomer()
  const pageRegion = regionForCountry(store.country)
  for (const early of [options, customerAnswer, pageRegion]) {
    early.catch(() => undefined)
  }
  let { cart } = await medusa()
    .store.cart.retrieve(cartId, { fields: CHECKOUT_PAGE_FIELDS }, await personal())
    .catch(noneIfMissing({ cart: null as HttpTypes.StoreCart | null }))
  if (!cart || cart.completed_at || !cart.items?.length) {
    return null
  }
  const shipsToRegion = await pageRegion
  const update = shipsToRegion
    ? moveToPage(cart, { regionId: shipsToRegion.id, country: store.country, locale: storeLocale(store.locale) })
    : null
  if (update) {
    // Shipping methods depend on the destination: a cart from another store (the shopper switched
    // store since adding) or without a country starts from the page's region and country. The
    // order (and its e-mails) speaks the language the shopper checks out in.
    ;({ cart } = await medusa().store.cart.update(cart.id, update, { fields: CHECKOUT_PAGE_FIELDS }, await personal()))
    options = listOptions(cart.id)
  }
  const [{ shipping_options: answered }, payment, customer] = await Promise.all([
    options,
    paymentChoiceFor(cart.region_id!),
    customerAnswer,
  ])
  const shipping_options = offeredShipping(answered)
  if (!cart.shipping_methods?.length && shipping_options[0]) {
    // The cheapest method is preselected, so the summary and the button show the real total.
    cart = await chooseShippingMethod(cart.id, shipping_options[0].id, CHECKOUT_PAGE_FIELDS)
  }
  const shipsTo = shipsToRegion?.countries ?? []
  return {
    id: cart.id,
    email: cart.email ?? customer?.email ?? null,
    currencyCode: cart.currency_code,
    countries: countryOptions(shipsTo, store.language),
    address: cart.shipping_address ?? null,
    shippingMethodId: cart.shipping_methods?.[0]?.shipping_option_id ?? null,
    lines: summaryLines(cart.items),
    totals: displayTotals(cart),
    total: cart.total ?? 0,
    shippingChoices: shipping_options.map((option) => ({
      id: option.id,
      name: option.name,
      amount: option.amount,
    })),
    payment,
    customer: customer
      ? {
          email: customer.email,
          // Only addresses this region ships to.
          addresses: customer.addresses.filter((address) => shipsTo.includes(address.countryCode)),
        }
      : null,
  }
}

/**
 * The checkout form in one round trip (`POST /store/carts/:id/checkout`): e-mail, addresses,
 * shipping method and a payment session, in one workflow that leaves the cart as it was on failure.
 */
export async function applyCheckout(cartId: string, details: CartCheckout, fields: string) {
  const { cart } = await medusa().client.fetch<HttpTypes.StoreCartResponse>(
    `/store/carts/${encodeURIComponent(cartId)}/checkout`,
    { method: "POST", body: details, query: { fields }, headers: await personal() }
  )
  return cart
}

/**
 * Makes `shipping_option_id` the cart's shipping method, priced for its address (our
 * `POST /store/carts/:id/shipping-method`: Medusa's add-shipping-method re-prices the whole cart
 * for it), and answers the cart with `fields`.
 */
export async function chooseShippingMethod(cartId: string, shipping_option_id: string, fields = "id") {
  const body: CartShippingChoice = { shipping_option_id }
  const { cart } = await medusa().client.fetch<HttpTypes.StoreCartResponse>(
    `/store/carts/${encodeURIComponent(cartId)}/shipping-method`,
    { method: "POST", body, query: { fields }, headers: await personal() }
  )
  return cart
}
