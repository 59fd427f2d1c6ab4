/**
 * The countries the store ships to, known without asking the backend (the proxy runs before any
 * page). Mirrors the regions in seed/store.json; tests/api/storefront-countries.test.ts checks
 * it against the backend's regions.
 */
export const STORE_COUNTRIES = ["de", "fr", "nl", "it", "es", "be", "at", "ie", "us"] as const

export function isStoreCountry(code: string): boolean {
  return (STORE_COUNTRIES as readonly string[]).includes(code)
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" })

/** Countries as a form's options, by English name. */
export function countryOptions(codes: readonly string[]): { code: string; name: string }[] {
  return codes
    .map((code) => ({ code, name: countryNames.of(code.toUpperCase()) ?? code.toUpperCase() }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
