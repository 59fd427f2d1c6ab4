import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getGuide } from "@/lib/data/guide"
import { links } from "@/lib/util/links"
import { pageMetadata } from "@/lib/util/metadata"
import type { StoreParams } from "@/lib/util/store"
import { loadForStore, type HandlePageProps } from "@/lib/data/regional-page"
import { guideJsonLd } from "@/lib/util/structured-data"
import { JsonLd } from "@/modules/common/components/json-ld"
import { GuideTemplate } from "@/modules/guide/templates/guide-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

/** Generated on first visit per country and cached; the backend revalidates it on changes. */
export function generateStaticParams(): (StoreParams & { handle: string })[] {
  return []
}

async function load(params: HandlePageProps["params"]) {
  const { store, found: guide } = await loadForStore(params, getGuide)
  return { store, guide }
}

export async function generateMetadata({ params }: HandlePageProps): Promise<Metadata> {
  const { store, guide } = await load(params)
  if (!guide) {
    return {}
  }
  return pageMetadata({
    title: guide.title,
    description: guide.summary,
    store,
    address: (path) => links.guide(path, guide.handle),
    type: "article",
  })
}

export default async function GuidePage({ params }: HandlePageProps) {
  const { store, guide } = await load(params)
  if (!guide) {
    notFound()
  }
  return (
    <>
      <JsonLd data={guideJsonLd(guide, store.path)} />
      <GuideTemplate guide={guide} storePath={store.path} />
    </>
  )
}
