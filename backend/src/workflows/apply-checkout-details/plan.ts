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
