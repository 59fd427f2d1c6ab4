import { notFound } from "next/navigation"
import { setRequestLocale } from "next-intl/server"
import {
  parseStorePath,
  localeOfStore,
  storePath,
  type StoreCountry,
  type StoreLanguage,
  type StoreLocation,
} from "@lacremeluxe/shared"

/** A page's store: its country (the region), its language, the canonical locale and the path prefix. */
export type Store = { country: StoreCountry; language: StoreLanguage; locale: string; path: string }

/** The params of every page under app/[countryCode]/[lang]. */
export type StoreParams = { countryCode: string; lang: string }

export function storeOf(location: StoreLocation): Store {
  return { ...location, locale: localeOfStore(location.country, location.language), path: storePath(location) }
}

/** The store a page's params name, or null for an unknown country or language. */
export function storeFromParams({ countryCode, lang }: StoreParams): Store | null {
  const location = parseStorePath(`${countryCode}/${lang}`)
  return location ? storeOf(location) : null
}

/**
 * The store of the page being rendered (404 for an unknown one). Tells next-intl the locale, so
 * its translations work in this page's server components without reading the request (static).
 * Every page and layout calls it first: Next renders them apart.
 */
export async function pageStore(params: Promise<StoreParams>): Promise<Store> {
  const store = storeFromParams(await params)
  if (!store) notFound()
  setRequestLocale(store.locale)
  return store
}
