import type { Metadata } from "next"
import type { ReactNode } from "react"
import { notFound } from "next/navigation"
import { getTranslations } from "next-intl/server"
import { regionForCountry } from "@/lib/data/regions"
import { siteUrl } from "@/lib/util/site"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { SiteFooter } from "@/modules/layout/components/site-footer"
import { SiteHeader } from "@/modules/layout/components/site-header"
import "../../globals.css"

type Props = { children: ReactNode; params: Promise<StoreParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  const t = await getTranslations({ locale: store.locale, namespace: "site" })
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("title"), template: "%s · LACREMELUXE" },
    description: t("description"),
  }
}

/**
 * The root layout: every page lives under a store (country and language), so the document's
 * language is known here and the page stays static. No next-intl client provider here: the
 * sections whose client components translate have it in their own layout
 * (src/i18n/client-messages-provider.tsx); the header's client parts get their words as props.
 */
export default async function StoreLayout({ children, params }: Props) {
  const store = await pageStore(params)
  const region = await regionForCountry(store.country)
  if (!region) {
    notFound()
  }
  return (
    <html lang={store.language}>
      <body className="min-h-screen antialiased">
        <SiteHeader store={store} regionName={region.name} />
        {children}
        <SiteFooter storePath={store.path} />
      </body>
    </html>
  )
}
