import { NextResponse, type NextRequest } from "next/server"
import { storeCountryOr } from "@lacremeluxe/shared"
import { COUNTRY_COOKIE } from "./lib/server/cookie-names"
import { siteUrl } from "./lib/util/site"

/**
 * `/` goes to the visitor's remembered country (set by the region switch), or the default one
 * (Europe). Only `/` runs this: cached pages are served without running code per request.
 */
export function proxy(request: NextRequest) {
  const country = storeCountryOr(request.cookies.get(COUNTRY_COOKIE)?.value)
  // The public address, not the request's: behind a proxy Next only sees its own (localhost).
  return NextResponse.redirect(new URL(`/${country}`, siteUrl()))
}

export const config = { matcher: ["/"] }
