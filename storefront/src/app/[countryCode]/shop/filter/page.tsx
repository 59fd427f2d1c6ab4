import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { parseShopParams, shopHref, singleStep } from "@/lib/util/catalog-params"
import { loadShopPage } from "@/lib/data/shop-page"
import { ShopTemplate } from "@/modules/shop/templates/shop-template"

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { countryCode } = await params
  const filters = parseShopParams(await searchParams)
  const step = singleStep(filters)
  const title = filters.q ? `Search: ${filters.q}` : "Shop by filter"
  return {
    title,
    description: "Every LACREMELUXE product, by routine step, ingredient, skin type and concern.",
    // Filter combinations point at the page of their step, or at the shop.
    alternates: { canonical: shopHref(countryCode, { step: step ? [step] : [] }) },
    openGraph: { title, type: "website" },
    robots: filters.q ? { index: false, follow: true } : undefined,
  }
}

/**
 * The shop with filters or search, rendered per request (filters are in the URL; the data behind
 * it comes from the cache). Shoppers reach it at /shop?… or /shop/{step}?… through src/proxy.ts.
 */
export default async function FilteredShopPage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const filters = parseShopParams(await searchParams)
  const data = await loadShopPage(countryCode, filters)
  if (!data) {
    notFound()
  }
  return <ShopTemplate {...data} filters={filters} countryCode={countryCode} />
}
