import { readFile } from "node:fs/promises"
import path from "node:path"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { cache } from "react"
import operatorData from "@/content/legal/operator.json"
import { fillOperator, legalPage, operatorSchema, splitTitle } from "@/lib/util/legal"
import { links } from "@/lib/util/links"
import { pageMetadata } from "@/lib/util/metadata"
import { pageStore, type Store, type StoreParams } from "@/lib/util/store"
import { getTranslations } from "next-intl/server"
import { LegalTemplate } from "@/modules/legal/templates/legal-template"

// The text changes only with a new release: each page is rendered once and then served from the cache.
export const revalidate = false
export const dynamicParams = true

/** No page is built at build time (the country layout asks the backend); each is generated on first visit and cached. */
export function generateStaticParams(): (StoreParams & { page: string })[] {
  return []
}

type Props = { params: Promise<StoreParams & { page: string }> }

const operator = operatorSchema.parse(operatorData)

const LEGAL_DIR = path.join(process.cwd(), "src", "content", "legal")

/** The page's text in a language: English at the top, the others in a folder per locale (de-DE/…). */
async function readLegal(slug: string, locale: string): Promise<string> {
  const translated = locale.startsWith("en") ? null : path.join(LEGAL_DIR, locale, `${slug}.md`)
  if (translated) {
    const text = await readFile(translated, "utf8").catch(() => null)
    if (text !== null) return text
  }
  return readFile(path.join(LEGAL_DIR, `${slug}.md`), "utf8")
}

/** The page's text with the operator's details filled in, or null for an unknown slug. */
const loadPage = cache(async (slug: string, store: Store) => {
  const page = legalPage(slug)
  if (!page) {
    return null
  }
  // Only a known slug reaches the file system, never the raw URL segment.
  const markdown = await readLegal(page.slug, store.locale)
  const t = await getTranslations({ locale: store.locale, namespace: "legal" })
  return { ...page, description: t(`${page.slug}.description`), ...splitTitle(fillOperator(markdown, operator)) }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [store, { page: slug }] = await Promise.all([pageStore(params), params])
  const page = await loadPage(slug, store)
  if (!page) {
    return {}
  }
  return pageMetadata({
    title: page.title,
    description: page.description,
    store,
    address: (prefix) => links.legal(prefix, page.slug),
  })
}

export default async function LegalPage({ params }: Props) {
  const [store, { page: slug }] = await Promise.all([pageStore(params), params])
  const page = await loadPage(slug, store)
  if (!page) {
    notFound()
  }
  return <LegalTemplate title={page.title} body={page.body} storePath={store.path} />
}
