import { NextResponse, type NextRequest } from "next/server"
import { storePath } from "@lacremeluxe/shared"
import { COUNTRY_COOKIE, LANGUAGE_COOKIE } from "./lib/server/cookie-names"
import { shopRouting } from "./lib/util/catalog-params"
import { siteUrl } from "./lib/util/site"
import { rememberedStore } from "./lib/util/store-routes"

/**
 * `/` goes to the visitor's remembered store: the country of the region or language switch (else
 * the default one, Europe) in the language of the language switch (else the country's own). Shop
 * addresses with a query are routed by shopRouting (old step URLs redirect, filters and search go
 * to the cached page of their combination). Only these paths run this: pages the
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
  const store = rememberedStore({
    country: request.cookies.get(COUNTRY_COOKIE)?.value,
    language: request.cookies.get(LANGUAGE_COOKIE)?.value,
  })
  return NextResponse.redirect(new URL(`/${storePath(store)}`, siteUrl()))
}

export const config = {
  matcher: ["/", "/:country/shop", "/:country/shop/:step", "/:country/:lang/shop", "/:country/:lang/shop/:step"],
}
