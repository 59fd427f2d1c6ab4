import {
  COUNTRY_LANGUAGE,
  DEFAULT_COUNTRY,
  STORE_COUNTRIES,
  STORE_LANGUAGES,
  type StoreLanguage,
} from "@lacremeluxe/shared"
import { COUNTRY_COOKIE } from "../server/cookie-names"
import { STORE_SECTIONS } from "./links"

type Rewrite = { source: string; destination: string }
type Redirect = Rewrite & { permanent: boolean; has?: { type: "cookie"; key: string; value: string }[] }

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
 * One address per page: the internal form of a country's own language (`/de/de/…`) goes to the
 * bare path. A path without a country (`/guide/pore-care`) goes to the remembered country (the
 * region switch's cookie), else the default one.
 */
export function storeRedirects(): Redirect[] {
  const own = languagesWithCountries.flatMap((language) => {
    const countries = countriesSpeaking(language)
    return [
      { source: `/:country(${countries})/${language}`, destination: "/:country", permanent: true },
      { source: `/:country(${countries})/${language}/:rest+`, destination: "/:country/:rest+", permanent: true },
    ]
  })
  const remembered = `(?<country>${STORE_COUNTRIES.join("|")})`
  return [
    ...own,
    {
      source: `/:section(${sections})/:rest*`,
      has: [{ type: "cookie", key: COUNTRY_COOKIE, value: remembered }],
      destination: "/:country/:section/:rest*",
      permanent: false,
    },
    { source: `/:section(${sections})/:rest*`, destination: `/${DEFAULT_COUNTRY}/:section/:rest*`, permanent: false },
  ]
}
