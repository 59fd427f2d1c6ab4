import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { filtersOfSegment, shopHref, singleStep } from "@/lib/util/catalog-params"
import { loadShopPage } from "@/lib/data/shop-page"
import { storeAlternates } from "@/lib/util/metadata"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { ShopTemplate } from "@/modules/shop/templates/shop-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

/** Generated on first visit per store and filter combination and cached, like a step page. */
export function generateStaticParams(): (StoreParams & { filters: string })[] {
  return []
}

type Props = { params: Promise<StoreParams & { filters: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [store, { filters: segment }] = await Promise.all([pageStore(params), params])
  const filters = filtersOfSegment(segment)
  if (!filters) {
    return {}
  }
  const step = singleStep(filters)
  const t = await getTranslations("shop")
  const title = filters.q ? t("searchTitle", { q: filters.q }) : t("filterTitle")
  return {
    title,
    description: t("description"),
    // Filter combinations point at the page of their step, or at the shop.
    alternates: storeAlternates(store, (path) => shopHref(path, { step: step ? [step] : [] })),
    openGraph: { title, type: "website" },
    robots: filters.q ? { index: false, follow: true } : undefined,
  }
}

/**
 * The shop with filters or search. Shoppers keep the filters in the URL (/shop?… or
 * /shop/{step}?…); src/proxy.ts rewrites them to this page, one per store and filter combination
 * (the segment), so each combination is rendered once and then served from the cache (ISR, the
 * catalog tags revalidate it like the other shop pages).
 */
export default async function FilteredShopPage({ params }: Props) {
  const [store, { filters: segment }] = await Promise.all([pageStore(params), params])
  const filters = filtersOfSegment(segment)
  const data = filters ? await loadShopPage(store, filters) : null
  if (!filters || !data) {
    notFound()
  }
  return <ShopTemplate {...data} filters={filters} storePath={store.path} />
}
