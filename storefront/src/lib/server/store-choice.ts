import type { NextResponse } from "next/server"
import type { StoreLocation } from "@lacremeluxe/shared"
import { COUNTRY_COOKIE, LANGUAGE_COOKIE, STORE_CHOICE_MAX_AGE } from "./cookie-names"
import { siteUrl } from "../util/site"

/**
 * Remembers the store a shopper chose (the region switch: the country; the language switch: the
 * country and the language) for `/` and the addresses without a country. No personal data: a
 * country and a language code, httpOnly (only the server reads them), sameSite lax.
 */
export function rememberStoreChoice(
  response: NextResponse,
  choice: Pick<StoreLocation, "country"> & Partial<StoreLocation>
) {
  const options = {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: siteUrl().startsWith("https:"),
    path: "/",
    maxAge: STORE_CHOICE_MAX_AGE,
  }
  response.cookies.set(COUNTRY_COOKIE, choice.country, options)
  if (choice.language) {
    response.cookies.set(LANGUAGE_COOKIE, choice.language, options)
  }
  return response
}
