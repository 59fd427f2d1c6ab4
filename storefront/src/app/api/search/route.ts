import { NextResponse, type NextRequest } from "next/server"
import { z } from "zod"
import { getTranslations } from "next-intl/server"
import { parseStorePath, localeOfStore } from "@lacremeluxe/shared"
import { listCatalog } from "@/lib/data/catalog"
import { parseShopParams } from "@/lib/util/catalog-params"
import { regionForCountry } from "@/lib/data/regions"

const Query = z.object({
  /** The store's path prefix ("de", "de/en"): the region and the language to search in. */
  store: z.string().transform((path, context) => {
    const location = parseStorePath(path)
    if (!location)
      context.addIssue({ code: "custom", message: "Unknown store: give a country, and a language after it." })
    return location ?? z.NEVER
  }),
  q: z.string().trim().min(2, "Type at least two letters.").max(100, "The search is too long."),
})

/** Results as you type, for the header's search box: the first few matches, from the cache. */
export async function GET(request: NextRequest) {
  const parsed = Query.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!parsed.success) {
    return NextResponse.json({ message: parsed.error.issues[0].message }, { status: 400 })
  }
  const { country, language } = parsed.data.store
  const region = await regionForCountry(country)
  if (!region) {
    return NextResponse.json({ message: "Unknown country." }, { status: 400 })
  }
  const locale = localeOfStore(country, language)
  const [listing, t] = await Promise.all([
    listCatalog(parseShopParams({ q: parsed.data.q }), region, locale),
    getTranslations({ locale, namespace: "shop.search" }),
  ])
  return NextResponse.json(
    {
      count: listing.count,
      // The box's sentences about this answer, in the store's language (the box has no translator).
      status: listing.count ? t("matches", { count: listing.count }) : t("none"),
      see_all: t("seeAll", { count: listing.count }),
      currency_code: region.currencyCode,
      results: listing.products.slice(0, 6).map(({ handle, title, price, thumbnail, product_type }) => ({
        handle,
        title,
        price,
        thumbnail,
        product_type,
      })),
    },
    { headers: { "Cache-Control": "public, max-age=60" } }
  )
}
