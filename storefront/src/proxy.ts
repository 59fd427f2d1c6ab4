import { NextResponse, type NextRequest } from "next/server"
import { COUNTRY_COOKIE } from "./lib/cookie-names"
import { isStoreCountry } from "./lib/countries"
import { siteUrl } from "./lib/site"

const DEFAULT_COUNTRY = "de"

/**
 * `/` goes to the visitor's remembered country (set by the region switch), or the default one
 * (Europe). Only `/` runs this: cached pages are served without running code per request.
 */
export function proxy(request: NextRequest) {
  const remembered = request.cookies.get(COUNTRY_COOKIE)?.value
  const country = remembered && isStoreCountry(remembered) ? remembered : DEFAULT_COUNTRY
  // The public address, not the request's: behind a proxy Next only sees its own (localhost).
  return NextResponse.redirect(new URL(`/${country}`, siteUrl()))
}

export const config = { matcher: ["/"] }
