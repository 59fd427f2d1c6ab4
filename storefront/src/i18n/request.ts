import { getRequestConfig } from "next-intl/server"
import { languageOfLocale } from "@lacremeluxe/shared"
import { MESSAGES } from "./check-messages"

/**
 * next-intl's configuration per request. The locale is the store's canonical locale (de-DE,
 * fr-FR, en-GB, en-US), set by every page and the root layout with setRequestLocale (lib/util/store),
 * so pages stay static: next-intl never reads the request's headers.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const locale = (await requestLocale) ?? "en-GB"
  const timeZone = locale === "en-US" ? "America/New_York" : "Europe/Berlin"
  return { locale, messages: MESSAGES[languageOfLocale(locale)], timeZone }
})
