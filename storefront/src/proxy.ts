import { NextResponse, type NextRequest } from "next/server"
import { storeCountryOr } from "@lacremeluxe/shared"
import { COUNTRY_COOKIE } from "./lib/server/cookie-names"
import { shopRouting } from "./lib/util/catalog-params"
import { siteUrl } from "./lib/util/site"

/**
 * `/` goes to the visitor's remembered country (set by the region switch), or the default one
 * (Europe). Shop addresses with a query are routed by shopRouting (old step URLs redirect, filters
 * and search go to the cached page of their combination). Only these paths run this: pages the
 * page cache holds (server.mjs) are served without running code.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl
  if (pathname !== "/") {
    const routed = shopRouting(pathname, searchParams)
    if (!routed) return NextResponse.next()
    // The public address, not the request's: behind a proxy Next only sees its own (localhost).
    if ("redirect" in routed) return NextResponse.redirect(new URL(routed.redirect, siteUrl()), 308)
    return NextResponse.rewrite(new URL(routed.rewrite, request.url))
  }
  // The country's own language: a shopper who chose another reads it in the address they keep.
  const country = storeCountryOr(request.cookies.get(COUNTRY_COOKIE)?.value)
  return NextResponse.redirect(new URL(`/${country}`, siteUrl()))
}

export const config = {
  matcher: ["/", "/:country/shop", "/:country/shop/:step", "/:country/:lang/shop", "/:country/:lang/shop/:step"],
}
