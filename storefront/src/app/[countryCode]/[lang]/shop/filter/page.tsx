import type { Metadata } from "next"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { storeAlternates } from "@/lib/util/metadata"
import { parseShopParams, shopHref, singleStep } from "@/lib/util/catalog-params"
import { loadShopPage } from "@/lib/data/shop-page"
import { ShopTemplate } from "@/modules/shop/templates/shop-template"

type Props = {
  params: Promise<StoreParams>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  const filters = parseShopParams(await searchParams)
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
 * The shop with filters or search, rendered per request (filters are in the URL; the data behind
 * it comes from the cache). Shoppers reach it at /shop?… or /shop/{step}?… through src/proxy.ts.
 */
export default async function FilteredShopPage({ params, searchParams }: Props) {
  const store = await pageStore(params)
  const filters = parseShopParams(await searchParams)
  const data = await loadShopPage(store, filters)
  if (!data) {
    notFound()
  }
  return <ShopTemplate {...data} filters={filters} storePath={store.path} />
}
