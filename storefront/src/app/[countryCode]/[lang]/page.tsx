import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { links } from "@/lib/util/links"
import { pageMetadata } from "@/lib/util/metadata"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { regionForCountry } from "@/lib/data/regions"
import { getRoutine } from "@/lib/data/routine"
import { RoutineTemplate } from "@/modules/routine/templates/routine-template"

// A literal: Next reads segment config statically. Matches PUBLIC_REVALIDATE_SECONDS.
export const revalidate = 300

/** No page is built at build time (the backend need not run then); each country's page is generated on first visit and cached. */
export function generateStaticParams(): StoreParams[] {
  return []
}

type Props = { params: Promise<StoreParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  const t = await getTranslations("home")
  return pageMetadata({ title: t("title"), description: t("description"), store, address: links.home })
}

export default async function HomePage({ params }: Props) {
  const store = await pageStore(params)
  const region = await regionForCountry(store.country)
  if (!region) {
    notFound()
  }
  const steps = await getRoutine(region, store.locale)
  return <RoutineTemplate steps={steps} region={region} storePath={store.path} />
}
