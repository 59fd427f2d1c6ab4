import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { filtersOfSegment, shopHref, singleStep } from "@/lib/util/catalog-params"
import { loadShopPage } from "@/lib/data/shop-page"
import { ShopTemplate } from "@/modules/shop/templates/shop-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

/** Generated on first visit per country and filter combination and cached, like a step page. */
export function generateStaticParams(): { countryCode: string; filters: string }[] {
  return []
}

type Props = { params: Promise<{ countryCode: string; filters: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, filters: segment } = await params
  const filters = filtersOfSegment(segment)
  if (!filters) {
    return {}
  }
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
 * The shop with filters or search. Shoppers keep the filters in the URL (/shop?… or
 * /shop/{step}?…); src/proxy.ts rewrites them to this page, one per filter combination (the
 * segment), so each combination is rendered once and then served from the cache (ISR, the
 * catalog tags revalidate it like the other shop pages).
 */
export default async function FilteredShopPage({ params }: Props) {
  const { countryCode, filters: segment } = await params
  const filters = filtersOfSegment(segment)
  const data = filters ? await loadShopPage(countryCode, filters) : null
  if (!filters || !data) {
    notFound()
  }
  return <ShopTemplate {...data} filters={filters} countryCode={countryCode} />
}
