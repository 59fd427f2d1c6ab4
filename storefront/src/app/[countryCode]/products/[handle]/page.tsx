import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { links } from "@/lib/util/links"
import { pageMetadata } from "@/lib/util/metadata"
import { getProductPage } from "@/lib/data/products"
import { getProductReviews } from "@/lib/data/reviews"
import { loadForCountry, type HandlePageProps } from "@/lib/data/regional-page"
import { productJsonLd } from "@/lib/util/structured-data"
import { JsonLd } from "@/modules/common/components/json-ld"
import { ProductTemplate } from "@/modules/products/templates/product-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

export function generateStaticParams(): { countryCode: string; handle: string }[] {
  return []
}

async function load(params: HandlePageProps["params"]) {
  const { countryCode, found: product } = await loadForCountry(params, getProductPage)
  return { countryCode, product }
}

export async function generateMetadata({ params }: HandlePageProps): Promise<Metadata> {
  const { countryCode, product } = await load(params)
  if (!product) {
    return {}
  }
  return pageMetadata({
    title: product.title,
    description: product.subtitle ?? product.description ?? undefined,
    url: links.product(countryCode, product.handle),
    image: product.thumbnail ? { url: product.thumbnail, width: 600, height: 600 } : undefined,
  })
}

export default async function ProductPage({ params }: HandlePageProps) {
  const { countryCode, product } = await load(params)
  if (!product) {
    notFound()
  }
  const reviews = await getProductReviews(product.id, product.handle)
  return (
    <>
      <JsonLd data={productJsonLd(product, countryCode, reviews)} />
      <ProductTemplate product={product} countryCode={countryCode} reviews={reviews} />
    </>
  )
}
