import { readFile } from "node:fs/promises"
import path from "node:path"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { cache } from "react"
import operatorData from "@/content/legal/operator.json"
import { fillOperator, legalPage, operatorSchema, splitTitle } from "@/lib/util/legal"
import { links } from "@/lib/util/links"
import { pageMetadata } from "@/lib/util/metadata"
import { LegalTemplate } from "@/modules/legal/templates/legal-template"

// The text changes only with a new release: each page is rendered once and then served from the cache.
export const revalidate = false
export const dynamicParams = true

/** No page is built at build time (the country layout asks the backend); each is generated on first visit and cached. */
export function generateStaticParams(): { countryCode: string; page: string }[] {
  return []
}

type Props = { params: Promise<{ countryCode: string; page: string }> }

const operator = operatorSchema.parse(operatorData)

const LEGAL_DIR = path.join(process.cwd(), "src", "content", "legal")

/** The page's text with the operator's details filled in, or null for an unknown slug. */
const loadPage = cache(async (slug: string) => {
  const page = legalPage(slug)
  if (!page) {
    return null
  }
  // Only a known slug reaches the file system, never the raw URL segment.
  const markdown = await readFile(path.join(LEGAL_DIR, `${page.slug}.md`), "utf8")
  return { ...page, ...splitTitle(fillOperator(markdown, operator)) }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { countryCode, page: slug } = await params
  const page = await loadPage(slug)
  if (!page) {
    return {}
  }
  return pageMetadata({ title: page.title, description: page.description, url: links.legal(countryCode, page.slug) })
}

export default async function LegalPage({ params }: Props) {
  const { countryCode, page: slug } = await params
  const page = await loadPage(slug)
  if (!page) {
    notFound()
  }
  return <LegalTemplate title={page.title} body={page.body} countryCode={countryCode} />
}
