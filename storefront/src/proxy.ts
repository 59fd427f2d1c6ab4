import { NextResponse, type NextRequest } from "next/server"

const DEFAULT_COUNTRY = "de"
export const COUNTRY_COOKIE = "lcl_country"

/** `/` goes to the visitor's remembered country, or the default one (Europe). */
export function proxy(request: NextRequest) {
  const remembered = request.cookies.get(COUNTRY_COOKIE)?.value
  const country = remembered && /^[a-z]{2}$/.test(remembered) ? remembered : DEFAULT_COUNTRY
  return NextResponse.redirect(new URL(`/${country}`, request.url))
}

export const config = { matcher: ["/"] }
