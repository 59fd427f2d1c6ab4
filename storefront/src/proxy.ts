import { NextResponse, type NextRequest } from "next/server"
import { COUNTRY_COOKIE, COUNTRY_COOKIE_MAX_AGE } from "./lib/cookie-names"
import { isStoreCountry } from "./lib/countries"
import { contentSecurityPolicy } from "./lib/security-headers"

const DEFAULT_COUNTRY = "de"
const COUNTRY_IN_PATH = /^\/([a-z]{2})(\/|$)/

let csp: string | undefined

function policy(): string {
  // Read once, at run time: the backend's public address is not known when the site is built.
  csp ??= contentSecurityPolicy({
    backendUrl: process.env.PUBLIC_BACKEND_URL ?? process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000",
    development: process.env.NODE_ENV !== "production",
  })
  return csp
}

/**
 * `/` goes to the visitor's remembered country, or the default one (Europe); visiting a country's
 * pages remembers it. Every page gets the Content-Security-Policy (the other security headers
 * are static, in next.config.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const response =
    pathname === "/"
      ? NextResponse.redirect(new URL(`/${rememberedCountry(request)}`, request.url))
      : NextResponse.next()
  const country = COUNTRY_IN_PATH.exec(pathname)?.[1]
  if (country && isStoreCountry(country) && country !== request.cookies.get(COUNTRY_COOKIE)?.value) {
    response.cookies.set(COUNTRY_COOKIE, country, {
      httpOnly: true,
      sameSite: "lax",
      secure: request.nextUrl.protocol === "https:",
      path: "/",
      maxAge: COUNTRY_COOKIE_MAX_AGE,
    })
  }
  response.headers.set("Content-Security-Policy", policy())
  return response
}

function rememberedCountry(request: NextRequest): string {
  const remembered = request.cookies.get(COUNTRY_COOKIE)?.value
  return remembered && isStoreCountry(remembered) ? remembered : DEFAULT_COUNTRY
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|api/|icon.svg|robots.txt|sitemap.xml).*)"],
}
