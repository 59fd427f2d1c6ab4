import { DEFAULT_COUNTRY, isStoreCountry, STORE_COUNTRIES, type StoreCountry } from "./regions.js"

/**
 * The storefront's languages and its address scheme (issue 15). Every page has its country and
 * language in the path: the country's own language has the bare country path, the others a
 * language segment after it —
 *   /de/guide/pore-care     German (Germany's language)     locale de-DE
 *   /de/en/guide/pore-care  English in the German store     locale en-GB
 *   /de/fr/guide/pore-care  French in the German store      locale fr-FR
 *   /fr/…  French · /fr/en/… · /fr/de/…;   /us/… English (en-US) · /us/de/… · /us/fr/…
 * so each page stays static and cacheable per country and language.
 */
export const STORE_LANGUAGES = ["en", "de", "fr"] as const

export type StoreLanguage = (typeof STORE_LANGUAGES)[number]

/** The language a country's bare path speaks; English where the store speaks none of the country's languages. */
export const COUNTRY_LANGUAGE: Record<StoreCountry, StoreLanguage> = {
  de: "de",
  at: "de",
  fr: "fr",
  be: "fr",
  nl: "en",
  it: "en",
  es: "en",
  ie: "en",
  us: "en",
}

/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<StoreLanguage, string> = { en: "English", de: "Deutsch", fr: "Français" }

export function isStoreLanguage(code: string): code is StoreLanguage {
  return (STORE_LANGUAGES as readonly string[]).includes(code)
}

/**
 * The canonical locale the backend answers in (`x-medusa-locale`, a cart's `locale`) and the
 * storefront formats with: de-DE, fr-FR, and English as en-US in the US store, en-GB elsewhere.
 */
export function localeOfStore(country: string, language: StoreLanguage): string {
  if (language === "de") return "de-DE"
  if (language === "fr") return "fr-FR"
  return country === "us" ? "en-US" : "en-GB"
}

/** The language part of a canonical locale ("de-DE" → "de"); English for anything else. */
export function languageOfLocale(locale: string | null | undefined): StoreLanguage {
  const language = (locale ?? "").slice(0, 2).toLowerCase()
  return isStoreLanguage(language) ? language : "en"
}

/** A store: where the shopper shops (the region) and in which language. */
export type StoreLocation = { country: StoreCountry; language: StoreLanguage }

/** The path prefix of a store, without the leading slash: "de", "de/en", "us/fr". */
export function storePath({ country, language }: StoreLocation): string {
  return language === COUNTRY_LANGUAGE[country] ? country : `${country}/${language}`
}

/**
 * The store a path prefix names ("de", "de/en"), or null. Also reads the internal form the pages
 * live under ("de/de"), which is what a rewritten request shows to code that reads the path.
 */
export function parseStorePath(path: string): StoreLocation | null {
  const [country = "", language, ...rest] = path.replace(/^\/+|\/+$/g, "").split("/")
  if (rest.length || !isStoreCountry(country)) return null
  if (language === undefined) return { country, language: COUNTRY_LANGUAGE[country] }
  return isStoreLanguage(language) ? { country, language } : null
}

/** The store a path prefix names, else the default store (a form posted from a hand-made page). */
export function storeOr(path: string | null | undefined): StoreLocation {
  return parseStorePath(path ?? "") ?? { country: DEFAULT_COUNTRY, language: COUNTRY_LANGUAGE[DEFAULT_COUNTRY] }
}

/** An hreflang value for a store: language and country ("de-AT", "en-US", "fr-BE"). */
export function hreflang({ country, language }: StoreLocation): string {
  return `${language}-${country.toUpperCase()}`
}

/** Every store (country × language), for hreflang alternates and the sitemap. */
export const STORE_LOCATIONS: readonly StoreLocation[] = STORE_COUNTRIES.flatMap((country) =>
  STORE_LANGUAGES.map((language) => ({ country, language }))
)

/**
 * A page's path split into its store and the page within it: "/de/en/guide/x" → de/en and
 * "/guide/x"; "/de/guide/x" (or the internal "/de/de/guide/x") → de/de and "/guide/x". Null outside
 * the stores. The language switch uses it to offer the same page in another language.
 */
export function splitStorePath(pathname: string): { location: StoreLocation; page: string } | null {
  const [, country = "", second = "", ...rest] = pathname.split("/")
  if (!isStoreCountry(country)) return null
  if (isStoreLanguage(second)) {
    return { location: { country, language: second }, page: rest.length ? `/${rest.join("/")}` : "" }
  }
  const page = [second, ...rest].filter((part, index) => index > 0 || part).join("/")
  return { location: { country, language: COUNTRY_LANGUAGE[country] }, page: page ? `/${page}` : "" }
}
