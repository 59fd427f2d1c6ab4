import type { MetadataRoute } from "next"
import {
  hreflang,
  STEP_HANDLES,
  STORE_COUNTRIES,
  STORE_LANGUAGES,
  storePath,
  type StoreLanguage,
} from "@lacremeluxe/shared"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { shopHref } from "@/lib/util/catalog-params"
import { LEGAL_SLUGS } from "@/lib/util/legal"
import { links } from "@/lib/util/links"
import { listProductHandles } from "@/lib/data/sitemap"
import { siteUrl } from "@/lib/util/site"

// Built at request time (the backend is not there at build time); its data comes from the cache.
export const dynamic = "force-dynamic"

/** One sitemap per language: /sitemap/en.xml, /sitemap/de.xml, /sitemap/fr.xml (listed in robots.txt). */
export async function generateSitemaps(): Promise<{ id: StoreLanguage }[]> {
  return STORE_LANGUAGES.map((id) => ({ id }))
}

type Page = {
  address: (store: string) => string
  changeFrequency: "weekly" | "monthly" | "yearly"
  priority: number
}

/**
 * Every public page of every country's store in one language, each with its alternates in the
 * country's other languages (hreflang).
 */
export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const language = (await props.id) as StoreLanguage
  const handles = await listProductHandles()
  const base = siteUrl()
  const pages: Page[] = [
    { address: links.home, changeFrequency: "weekly", priority: 1 },
    { address: (store) => links.guide(store, PORE_CARE_GUIDE), changeFrequency: "monthly", priority: 0.9 },
    { address: (store) => shopHref(store, {}), changeFrequency: "weekly", priority: 0.8 },
    ...STEP_HANDLES.map((step) => ({
      address: (store: string) => shopHref(store, { step: [step] }),
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
    ...handles.map((handle) => ({
      address: (store: string) => links.product(store, handle),
      changeFrequency: "weekly" as const,
      priority: 0.7,
    })),
    ...LEGAL_SLUGS.map((slug) => ({
      address: (store: string) => links.legal(store, slug),
      changeFrequency: "yearly" as const,
      priority: 0.2,
    })),
  ]
  return STORE_COUNTRIES.flatMap((country) =>
    pages.map((page) => ({
      url: `${base}${page.address(storePath({ country, language }))}`,
      changeFrequency: page.changeFrequency,
      priority: page.priority,
      alternates: {
        // The same page in the country's other languages (the page itself lists every store).
        languages: Object.fromEntries(
          STORE_LANGUAGES.map((other) => {
            const location = { country, language: other }
            return [hreflang(location), `${base}${page.address(storePath(location))}`]
          })
        ),
      },
    }))
  )
}
