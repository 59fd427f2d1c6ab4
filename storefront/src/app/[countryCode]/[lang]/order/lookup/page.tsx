import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { privatePageMetadata } from "@/lib/util/metadata"
import { pageStore, type StoreParams } from "@/lib/util/store"
import Link from "next/link"
import { links } from "@/lib/util/links"
import { OrderLookupForm } from "@/modules/order/components/order-lookup-form"

type Props = { params: Promise<StoreParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  return privatePageMetadata((await getTranslations("order.lookup"))("title"), store, links.orderLookup)
}

export default async function OrderLookupPage({ params }: Props) {
  const store = await pageStore(params)
  const t = await getTranslations("order.lookup")
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">{t("title")}</h1>
      <p className="mt-4">
        {t.rich("intro", {
          account: (chunks) => (
            <Link href={links.account(store.path)} className="text-accent underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <OrderLookupForm storePath={store.path} />
    </main>
  )
}
