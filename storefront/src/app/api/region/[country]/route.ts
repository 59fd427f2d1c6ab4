import { NextResponse, type NextRequest } from "next/server"
import { COUNTRY_LANGUAGE, isStoreCountry, isStoreLanguage, storePath } from "@lacremeluxe/shared"
import { COUNTRY_COOKIE, COUNTRY_COOKIE_MAX_AGE } from "@/lib/server/cookie-names"
import { siteUrl } from "@/lib/util/site"

/**
 * The region switch: remembers the visitor's country (httpOnly cookie) and opens its store in the
 * language the shopper reads (`?lang=`), else the country's own.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ country: string }> }) {
  const { country } = await params
  if (!isStoreCountry(country)) {
    return NextResponse.json({ message: `We do not ship to "${country}".` }, { status: 404 })
  }
  const asked = request.nextUrl.searchParams.get("lang") ?? ""
  const language = isStoreLanguage(asked) ? asked : COUNTRY_LANGUAGE[country]
  const response = NextResponse.redirect(new URL(`/${storePath({ country, language })}`, siteUrl()), 303)
  response.cookies.set(COUNTRY_COOKIE, country, {
    httpOnly: true,
    sameSite: "lax",
    secure: siteUrl().startsWith("https:"),
    path: "/",
    maxAge: COUNTRY_COOKIE_MAX_AGE,
  })
  return response
}
