import { MedusaError } from "@medusajs/framework/utils"

/** What the priced shipping options of a cart carry that a shipping method is made from. */
export type PricedShippingOption = {
  id: string
  name: string
  provider_id?: string
  shipping_profile_id?: string
  data?: Record<string, unknown> | null
  stock_location?: Record<string, unknown> | null
  calculated_price?: { calculated_amount: number; is_calculated_price_tax_inclusive?: boolean } | null
}

type Address = {
  id?: string
  country_code?: string | null
  province?: string | null
  postal_code?: string | null
  city?: string | null
}

/**
 * What a new shipping address changes, in Medusa's update-cart terms (it re-prices and re-taxes
 * the cart in full when the country, province, postal code or city changes): `same`, `locality`
 * (the postal code or city only: taxes and prices depend on it only where the store says so, see
 * `localityPricedStep`) or `country-or-province` (where Medusa's tax rates are set: always).
 */
export type AddressChange = "same" | "locality" | "country-or-province"

export function addressChange(previous: Address | null | undefined, next: Address): AddressChange {
  const changed = (a: unknown, b: unknown) => a !== undefined && a !== b
  if (
    changed(next.country_code?.toLowerCase(), previous?.country_code?.toLowerCase()) ||
    changed(next.province ?? undefined, previous?.province ?? undefined)
  ) {
    return "country-or-province"
  }
  return changed(next.postal_code, previous?.postal_code) || changed(next.city, previous?.city) ? "locality" : "same"
}

/** A cart's shipping method as the checkout's workflows read it (CHECKOUT_CART_FIELDS). */
export type CartShippingMethod = {
  id: string
  shipping_option_id?: string | null
  shipping_option?: { price_type?: string | null; provider_id?: string | null } | null
} | null

/**
 * Whether the cart's shipping method already is the chosen option, priced by the store alone: the
 * cart has that one method, the option's price is flat (a calculated one is the provider's, from
 * the whole address) and its provider is Medusa's manual one (another may check the address).
 */
export function methodIsOption(methods: CartShippingMethod[] | null | undefined, optionId: string): boolean {
  const [method, ...others] = methods ?? []
  return (
    !!method &&
    others.length === 0 &&
    method.shipping_option_id === optionId &&
    method.shipping_option?.price_type === "flat" &&
    !!method.shipping_option.provider_id?.startsWith("manual_")
  )
}

/**
 * Whether the checkout keeps the cart's shipping method as it is rather than pricing and adding
 * it again: it is the chosen option (`methodIsOption`; the checkout page chose it a moment
 * before, the cheapest preselected) and the address changed nothing it depends on — it is the
 * same, or only its postal code or city changed where neither prices nor taxes (`localityPriced`)
 * nor the shipping zones (`localityShipped`) depend on them.
 */
export function keepsShippingMethod({
  methodIsOption,
  change,
  localityPriced,
  localityShipped,
}: {
  methodIsOption: boolean
  change: AddressChange
  localityPriced?: boolean
  localityShipped?: boolean
}): boolean {
  return methodIsOption && (change === "same" || (change === "locality" && !localityPriced && !localityShipped))
}

/** The shipping method for the chosen option, at the option's calculated price. */
export function shippingMethodInput({
  input,
  shippingOptions,
  methodData,
}: {
  input: { cart_id: string; shipping_option_id: string }
  shippingOptions: PricedShippingOption[]
  methodData: Record<string, Record<string, unknown>>[] | undefined
}) {
  const option = shippingOptions.find((o) => o.id === input.shipping_option_id)
  if (!option?.calculated_price) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Shipping option ${input.shipping_option_id} has no price for this cart.`
    )
  }
  return [
    {
      shipping_option_id: option.id,
      amount: option.calculated_price.calculated_amount,
      is_tax_inclusive: !!option.calculated_price.is_calculated_price_tax_inclusive,
      data: methodData?.find((data) => data?.[option.id])?.[option.id] ?? {},
      name: option.name,
      cart_id: input.cart_id,
    },
  ]
}

/**
 * Whether every shipping method of the cart is one this checkout has just added (and priced):
 * then Medusa's re-pricing of the cart's shipping methods would price the same option again.
 */
export function onlyMethodsJustAdded(
  methods: ({ id: string } | null | undefined)[] | null | undefined,
  added: { id: string }[] | null | undefined
): boolean {
  const addedIds = new Set((added ?? []).map((method) => method.id))
  return (methods ?? []).every((method) => !method || addedIds.has(method.id))
}

type Adjusted = { adjustments?: unknown[] | null } | null | undefined

/**
 * Whether the cart carries a promotion: a code, or an adjustment on a line or a shipping method.
 * Medusa's promotion refresh recomputes these; a cart with none, in a store without an active
 * automatic promotion, comes out of it unchanged.
 */
export function cartHasPromotions(cart: {
  promotions?: unknown[] | null
  items?: Adjusted[] | null
  shipping_methods?: Adjusted[] | null
}): boolean {
  const adjusted = (lines: Adjusted[] | null | undefined) => (lines ?? []).some((line) => !!line?.adjustments?.length)
  return !!cart.promotions?.some(Boolean) || adjusted(cart.items) || adjusted(cart.shipping_methods)
}

/**
 * Whether the refresh after a shipping method is chosen must read the whole cart again
 * (`cartFieldsForRefreshSteps`: ~18 statements). It need not when the cart as first read still
 * tells everything the refresh uses: nothing but the method has changed since (`cartChanged`
 * false: not the checkout's address or customer), no other shipping method is left to re-price,
 * no tax line changes but the new method's, no promotion can apply and there is no payment
 * collection to bring to the new total.
 */
export function refreshReadsCart({
  cart,
  cartChanged,
  keepMethod,
  forceRefresh,
  otherMethods,
  automaticPromotion,
}: {
  cart: { promotions?: unknown[] | null; payment_collection?: { id: string } | null }
  cartChanged: boolean
  keepMethod: boolean
  forceRefresh: boolean
  /** The cart's methods that the new one did not replace (none when the method is kept). */
  otherMethods: number
  automaticPromotion: boolean
}): boolean {
  return (
    forceRefresh ||
    automaticPromotion ||
    cartHasPromotions(cart) ||
    !!cart.payment_collection ||
    (!keepMethod && (cartChanged || otherMethods > 0))
  )
}
