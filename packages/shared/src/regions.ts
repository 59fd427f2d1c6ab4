/**
 * The countries the store ships to, known without asking the backend (the storefront's proxy runs
 * before any page). Mirrors the regions in seed/store.json; tests/api/storefront-countries.test.ts
 * checks it against the backend's regions.
 */
export const STORE_COUNTRIES = ["de", "fr", "nl", "it", "es", "be", "at", "ie", "us"] as const

export type StoreCountry = (typeof STORE_COUNTRIES)[number]

/** Where a visitor without a remembered choice lands, and the fallback for an unknown country. */
export const DEFAULT_COUNTRY: StoreCountry = "de"

/** The region switch: one country stands for each region. */
export const REGION_CHOICES = [
  { country: "de", area: "Europe", currency: "EUR" },
  { country: "us", area: "United States", currency: "USD" },
] as const satisfies readonly { country: StoreCountry; area: string; currency: string }[]

export function isStoreCountry(code: string): code is StoreCountry {
  return (STORE_COUNTRIES as readonly string[]).includes(code)
}

/** The country if the store ships there, else the default one. */
export function storeCountryOr(code: string | undefined | null): StoreCountry {
  return code && isStoreCountry(code) ? code : DEFAULT_COUNTRY
}
