import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { parseShopParams, shopHref } from "@/lib/util/catalog-params"
import { loadShopPage } from "@/lib/data/shop-page"
import { pageMetadata } from "@/lib/util/metadata"
import { ShopTemplate } from "@/modules/shop/templates/shop-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

/** Generated on first visit per country and cached; the backend revalidates it on changes. */
export function generateStaticParams(): { countryCode: string }[] {
  return []
}

type Props = { params: Promise<{ countryCode: string }> }

const ALL = parseShopParams({})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode } = await params
  return pageMetadata({
    title: "Shop all products",
    description: "Every LACREMELUXE product, by routine step, ingredient, skin type and concern.",
    url: shopHref(countryCode, {}),
  })
}

/**
 * The unfiltered shop: static (ISR), no query read. A query is routed by src/proxy.ts: `?step=`
 * alone to the step's page, other filters and search to ./filter/{combination} (cached per combination).
 */
export default async function ShopPage({ params }: Props) {
  const { countryCode } = await params
  const data = await loadShopPage(countryCode, ALL)
  if (!data) {
    notFound()
  }
  return <ShopTemplate {...data} filters={ALL} countryCode={countryCode} />
}
