import type { Metadata } from "next"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { parseShopParams, shopHref } from "@/lib/util/catalog-params"
import { loadShopPage } from "@/lib/data/shop-page"
import { pageMetadata } from "@/lib/util/metadata"
import { ShopTemplate } from "@/modules/shop/templates/shop-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

/** Generated on first visit per country and cached; the backend revalidates it on changes. */
export function generateStaticParams(): StoreParams[] {
  return []
}

type Props = { params: Promise<StoreParams> }

const ALL = parseShopParams({})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  const t = await getTranslations("shop")
  return pageMetadata({
    title: t("allTitle"),
    description: t("description"),
    store,
    address: (path) => shopHref(path, {}),
  })
}

/**
 * The unfiltered shop: static (ISR), no query read. A query is routed by src/proxy.ts: `?step=`
 * alone to the step's page, other filters and search to ./filter/{combination} (cached per combination).
 */
export default async function ShopPage({ params }: Props) {
  const store = await pageStore(params)
  const data = await loadShopPage(store, ALL)
  if (!data) {
    notFound()
  }
  return <ShopTemplate {...data} filters={ALL} storePath={store.path} />
}
