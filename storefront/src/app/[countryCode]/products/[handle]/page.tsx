import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { links } from "@/lib/links"
import { pageMetadata } from "@/lib/metadata"
import { getProductPage } from "@/lib/products"
import { regionForCountry } from "@/lib/regions"
import { productJsonLd } from "@/lib/structured-data"
import { JsonLd } from "@/modules/common/components/json-ld"
import { ProductTemplate } from "@/modules/products/templates/product-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

export function generateStaticParams(): { countryCode: string; handle: string }[] {
  return []
}

type Props = { params: Promise<{ countryCode: string; handle: string }> }

async function load(params: Props["params"]) {
  const { countryCode, handle } = await params
  const region = await regionForCountry(countryCode)
  const product = region ? await getProductPage(handle, region) : null
  return { countryCode, product }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
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

export default async function ProductPage({ params }: Props) {
  const { countryCode, product } = await load(params)
  if (!product) {
    notFound()
  }
  return (
    <>
      <JsonLd data={productJsonLd(product, countryCode)} />
      <ProductTemplate product={product} countryCode={countryCode} />
    </>
  )
}
