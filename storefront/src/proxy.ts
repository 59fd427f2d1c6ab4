import { NextResponse, type NextRequest } from "next/server"
import { COUNTRY_COOKIE } from "./lib/cookie-names"
import { isStoreCountry } from "./lib/countries"

const DEFAULT_COUNTRY = "de"

/**
 * `/` goes to the visitor's remembered country (set by the region switch), or the default one
 * (Europe). Only `/` runs this: cached pages are served without running code per request.
 */
export function proxy(request: NextRequest) {
  const remembered = request.cookies.get(COUNTRY_COOKIE)?.value
  const country = remembered && isStoreCountry(remembered) ? remembered : DEFAULT_COUNTRY
  return NextResponse.redirect(new URL(`/${country}`, request.url))
}

export const config = { matcher: ["/"] }
