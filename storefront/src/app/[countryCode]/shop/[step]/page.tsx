import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { STEPS } from "@lacremeluxe/shared"
import { parseShopParams, shopHref, singleStep } from "@/lib/util/catalog-params"
import { loadShopPage } from "@/lib/data/shop-page"
import { markdownExcerpt, pageMetadata } from "@/lib/util/metadata"
import { ShopTemplate } from "@/modules/shop/templates/shop-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

/** Generated on first visit per country and step and cached; the backend revalidates it on changes. */
export function generateStaticParams(): { countryCode: string; step: string }[] {
  return []
}

type Props = { params: Promise<{ countryCode: string; step: string }> }

/** The step's filters, or null for a path that names no step (the page answers 404). */
async function load(params: Props["params"]) {
  const { countryCode, step } = await params
  const filters = parseShopParams({ step })
  if (!singleStep(filters)) return null
  const data = await loadShopPage(countryCode, filters)
  return data ? { ...data, countryCode, filters } : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params)
  if (!page) {
    return {}
  }
  const name = STEPS.find((s) => s.handle === page.filters.step[0])?.name
  return pageMetadata({
    title: `Shop ${name}`,
    description: page.stepSection
      ? markdownExcerpt(page.stepSection.body)
      : `Every LACREMELUXE product for the ${name} step of the routine.`,
    url: shopHref(page.countryCode, page.filters),
  })
}

/** A step of the guide as a page of the shop: static (ISR); its filters go to ../filter (src/proxy.ts). */
export default async function ShopStepPage({ params }: Props) {
  const page = await load(params)
  if (!page) {
    notFound()
  }
  return <ShopTemplate {...page} />
}
