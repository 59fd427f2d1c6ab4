import type { Metadata } from "next"
import { vocabulary } from "@/lib/util/vocabulary"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { notFound } from "next/navigation"
import type { StepHandle } from "@lacremeluxe/shared"
import { getTranslations } from "next-intl/server"
import { parseShopParams, shopHref, singleStep } from "@/lib/util/catalog-params"
import { loadShopPage } from "@/lib/data/shop-page"
import { markdownExcerpt, pageMetadata } from "@/lib/util/metadata"
import { ShopTemplate } from "@/modules/shop/templates/shop-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

/** Generated on first visit per country and step and cached; the backend revalidates it on changes. */
export function generateStaticParams(): (StoreParams & { step: string })[] {
  return []
}

type Props = { params: Promise<StoreParams & { step: string }> }

/** The step's filters, or null for a path that names no step (the page answers 404). */
async function load(params: Props["params"]) {
  const [store, { step }] = await Promise.all([pageStore(params), params])
  const filters = parseShopParams({ step })
  if (!singleStep(filters)) return null
  const data = await loadShopPage(store, filters)
  return data ? { ...data, store, filters } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params)
  if (!page) {
    return {}
  }
  const t = await getTranslations()
  const name = vocabulary(page.store.locale).steps[page.filters.step[0] as StepHandle]
  return pageMetadata({
    title: t("shop.stepTitle", { step: name }),
    description: page.stepSection ? markdownExcerpt(page.stepSection.body) : t("shop.stepDescription", { step: name }),
    store: page.store,
    address: (path) => shopHref(path, page.filters),
  })
}

/** A step of the guide as a page of the shop: static (ISR); its filters go to ../filter (src/proxy.ts). */
export default async function ShopStepPage({ params }: Props) {
  const page = await load(params)
  if (!page) {
    notFound()
  }
  return <ShopTemplate {...page} storePath={page.store.path} />
}
