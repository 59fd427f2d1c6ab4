import { NextResponse, type NextRequest } from "next/server"
import { COUNTRY_LANGUAGE, isStoreCountry, isStoreLanguage, storePath } from "@lacremeluxe/shared"
import { rememberStoreChoice } from "@/lib/server/store-choice"
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
  return rememberStoreChoice(response, { country })
}
