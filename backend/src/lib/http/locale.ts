import { DEFAULT_LOCALE, storeLocale, type Locale } from "@lacremeluxe/shared"

/**
 * The store language a request reads, from the locale Medusa's apply-locale middleware set
 * (`?locale=` or the `x-medusa-locale` header): the exact code, else the same language (`de-AT`
 * reads German), else English. Our caches are keyed by it, so a stranger's code adds no entry.
 */
export const localeOf = (req: { locale?: string }): Locale => storeLocale(req.locale)

/** What Query translates into (its `locale` option): nothing for the source language. */
export const translationOf = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale)
