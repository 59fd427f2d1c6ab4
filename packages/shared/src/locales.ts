/**
 * The languages the store speaks (issue 15). Canonical BCP 47 codes, exactly as Medusa's
 * Translation Module stores them: a request names one with the `x-medusa-locale` header or the
 * `locale` query parameter; carts and orders keep the one they were made in. English (en-GB,
 * the copy's own spelling) is the source text and every field's fallback.
 */
export const LOCALES = ["en-GB", "de-DE", "fr-FR"] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = "en-GB"

/** The languages into which content is translated (all but the source language). */
export const TRANSLATED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE) as Exclude<
  Locale,
  typeof DEFAULT_LOCALE
>[]

export const LOCALE_HEADER = "x-medusa-locale"

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value)

/**
 * The store's locale for any code a request or an order carries: an exact match, else the same
 * language (`de-AT` reads German, `en-US` English), else the default.
 */
export function storeLocale(code: string | null | undefined): Locale {
  if (!code) {
    return DEFAULT_LOCALE
  }
  if (isLocale(code)) {
    return code
  }
  const language = code.toLowerCase().split(/[-_]/)[0]
  return LOCALES.find((locale) => locale.toLowerCase().startsWith(`${language}-`)) ?? DEFAULT_LOCALE
}
