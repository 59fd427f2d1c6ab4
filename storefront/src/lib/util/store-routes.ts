import {
  COUNTRY_LANGUAGE,
  DEFAULT_COUNTRY,
  isStoreLanguage,
  STORE_COUNTRIES,
  STORE_LANGUAGES,
  storeCountryOr,
  type StoreLanguage,
  type StoreLocation,
} from "@lacremeluxe/shared"
import { COUNTRY_COOKIE, LANGUAGE_COOKIE } from "../server/cookie-names"
import { STORE_SECTIONS } from "./links"

type Rewrite = { source: string; destination: string }
type Cookie = { type: "cookie"; key: string; value: string }
type Redirect = Rewrite & { permanent: boolean; has?: Cookie[] }

const sections = STORE_SECTIONS.join("|")

/** The countries whose bare path speaks a language, as a path-to-regexp alternative. */
function countriesSpeaking(language: StoreLanguage): string {
  return STORE_COUNTRIES.filter((country) => COUNTRY_LANGUAGE[country] === language).join("|")
}

const languagesWithCountries = STORE_LANGUAGES.filter((language) => countriesSpeaking(language))

/**
 * A country's bare path (`/de/guide/…`) shows the pages of its language, which live under
 * `app/[countryCode]/[lang]` (`/de/de/guide/…`). Static rules of next.config, applied by Next's
 * router: no proxy, no per-request code on the cached pages.
 */
export function storeRewrites(): Rewrite[] {
  return languagesWithCountries.flatMap((language) => {
    const countries = countriesSpeaking(language)
    return [
      { source: `/:country(${countries})`, destination: `/:country/${language}` },
      {
        source: `/:country(${countries})/:section(${sections})/:rest*`,
        destination: `/:country/${language}/:section/:rest*`,
      },
    ]
  })
}

/**
 * The store `/` and the addresses without a country open: the remembered country (the region or
 * language switch), else the default one, in the remembered language (the language switch), else
 * the country's own. The proxy applies it to `/`; storeRedirects says the same as next.config's
 * rules.
 */
export function rememberedStore(cookies: { country?: string; language?: string }): StoreLocation {
  const country = storeCountryOr(cookies.country)
  const language = cookies.language && isStoreLanguage(cookies.language) ? cookies.language : COUNTRY_LANGUAGE[country]
  return { country, language }
}

/**
 * One address per page: the internal form of a country's own language (`/de/de/…`) goes to the
 * bare path. A path without a country (`/guide/pore-care`) goes to the remembered store
 * (rememberedStore, as static rules: the first that matches wins).
 */
export function storeRedirects(): Redirect[] {
  const own = languagesWithCountries.flatMap((language) => {
    const countries = countriesSpeaking(language)
    return [
      { source: `/:country(${countries})/${language}`, destination: "/:country", permanent: true },
      { source: `/:country(${countries})/${language}/:rest+`, destination: "/:country/:rest+", permanent: true },
    ]
  })
  const source = `/:section(${sections})/:rest*`
  const cookie = (key: string, value: string): Cookie => ({ type: "cookie", key, value })
  const countryCookie = (countries: readonly string[]) => cookie(COUNTRY_COOKIE, `(?<country>${countries.join("|")})`)
  // A remembered language that is not the remembered country's own: under the country's path.
  const chosenLanguage = STORE_LANGUAGES.map((language) => ({
    source,
    has: [
      cookie(LANGUAGE_COOKIE, language),
      countryCookie(STORE_COUNTRIES.filter((country) => COUNTRY_LANGUAGE[country] !== language)),
    ],
    destination: `/:country/${language}/:section/:rest*`,
    permanent: false,
  }))
  // A remembered language without a (known) country: the default country's store in it.
  const defaultCountrysOthers = STORE_LANGUAGES.filter((language) => language !== COUNTRY_LANGUAGE[DEFAULT_COUNTRY])
  const chosenLanguageOnly = defaultCountrysOthers.map((language) => ({
    source,
    has: [cookie(LANGUAGE_COOKIE, language)],
    destination: `/${DEFAULT_COUNTRY}/${language}/:section/:rest*`,
    permanent: false,
  }))
  return [
    ...own,
    ...chosenLanguage,
    { source, has: [countryCookie(STORE_COUNTRIES)], destination: "/:country/:section/:rest*", permanent: false },
    ...chosenLanguageOnly,
    { source, destination: `/${DEFAULT_COUNTRY}/:section/:rest*`, permanent: false },
  ]
}
