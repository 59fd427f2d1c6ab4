import type { MetadataRoute } from "next"
import { REGION_CHOICES, STEP_HANDLES } from "@lacremeluxe/shared"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { shopHref } from "@/lib/util/catalog-params"
import { LEGAL_SLUGS } from "@/lib/util/legal"
import { links } from "@/lib/util/links"
import { listProductHandles } from "@/lib/data/sitemap"
import { siteUrl } from "@/lib/util/site"

/** The country stores the sitemap lists: one per region (the others are the same pages). */
const COUNTRIES = REGION_CHOICES.map((choice) => choice.country)

// Built at request time (the backend is not there at build time); its data comes from the cache.
export const dynamic = "force-dynamic"

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const handles = await listProductHandles()
  const base = siteUrl()
  return COUNTRIES.flatMap((country) => [
    { url: `${base}${links.home(country)}`, changeFrequency: "weekly" as const, priority: 1 },
    { url: `${base}${links.guide(country, PORE_CARE_GUIDE)}`, changeFrequency: "monthly" as const, priority: 0.9 },
    { url: `${base}${shopHref(country, {})}`, changeFrequency: "weekly" as const, priority: 0.8 },
    ...STEP_HANDLES.map((step) => ({
      url: `${base}${shopHref(country, { step: [step] })}`,
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
    ...handles.map((handle) => ({
      url: `${base}${links.product(country, handle)}`,
      changeFrequency: "weekly" as const,
      priority: 0.7,
    })),
    ...LEGAL_SLUGS.map((slug) => ({
      url: `${base}${links.legal(country, slug)}`,
      changeFrequency: "yearly" as const,
      priority: 0.2,
    })),
  ])
}
