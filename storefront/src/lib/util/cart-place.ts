/** What the rule needs of a cart: its region, language and the country it ships to. */
export type PlacedCart = {
  region_id?: string | null
  locale?: string | null
  shipping_address?: { country_code?: string | null } | null
}

/** Where a page sells: its region, country and language (a Medusa locale, `de-DE`). */
export type PagePlace = { regionId: string; country: string; locale: string }

export type PlaceUpdate = { region_id?: string; locale: string; shipping_address?: { country_code: string } }

/**
 * The cart update that puts a cart where the page sells, or null when it is there already. A
 * cart from another region (the shopper switched store) moves to the page's region and country:
 * Medusa prices its lines in the new currency and its taxes follow the country. A cart without a
 * country gets the page's; a country the shopper chose in this region is kept. The cart speaks
 * the page's language: its order and e-mails go out in it. Pure: unit-tested.
 */
export function placeUpdate(cart: PlacedCart, page: PagePlace): PlaceUpdate | null {
  const moved = cart.region_id !== page.regionId
  const country = cart.shipping_address?.country_code
  if (!moved && country && cart.locale === page.locale) {
    return null
  }
  return {
    ...(moved ? { region_id: page.regionId } : {}),
    locale: page.locale,
    ...(moved || !country ? { shipping_address: { country_code: page.country } } : {}),
  }
}
