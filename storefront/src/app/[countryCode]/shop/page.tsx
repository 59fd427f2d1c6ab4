import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { listCatalog } from "@/lib/data/catalog"
import { parseShopParams, shopHref } from "@/lib/util/catalog-params"
import { regionForCountry } from "@/lib/data/regions"
import { ShopTemplate } from "@/modules/shop/templates/shop-template"

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { countryCode } = await params
  const filters = parseShopParams(await searchParams)
  const step = filters.step.length === 1 ? filters.step[0] : undefined
  const title = filters.q ? `Search: ${filters.q}` : step ? `Shop ${step}` : "Shop all products"
  return {
    title,
    description: "Every LACREMELUXE product, by routine step, ingredient, skin type and concern.",
    // One canonical page per step; other filter combinations point at it.
    alternates: { canonical: shopHref(countryCode, { step: step ? [step] : [] }) },
    openGraph: { title, type: "website" },
    robots: filters.q ? { index: false, follow: true } : undefined,
  }
}

/** Rendered per request (filters are in the URL); the data behind it comes from the cache. */
export default async function ShopPage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const region = await regionForCountry(countryCode)
  if (!region) {
    notFound()
  }
  const filters = parseShopParams(await searchParams)
  const listing = await listCatalog(filters, region)
  return (
    <ShopTemplate listing={listing} filters={filters} countryCode={countryCode} currencyCode={region.currencyCode} />
  )
}
