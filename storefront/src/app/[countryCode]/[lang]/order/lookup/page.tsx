import type { Metadata } from "next"
import { pageStore, type StoreParams } from "@/lib/util/store"
import Link from "next/link"
import { links } from "@/lib/util/links"
import { OrderLookupForm } from "@/modules/order/components/order-lookup-form"

export const metadata: Metadata = { title: "Find your order", robots: { index: false, follow: false } }

type Props = { params: Promise<StoreParams> }

export default async function OrderLookupPage({ params }: Props) {
  const store = await pageStore(params)
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">Find your order</h1>
      <p className="mt-4">
        Ordered as a guest? Enter the e-mail address you ordered with and your order number to see where your order is
        and to start a return. Orders placed while signed in are in{" "}
        <Link href={links.account(store.path)} className="text-accent underline">
          your account
        </Link>
        .
      </p>
      <OrderLookupForm storePath={store.path} />
    </main>
  )
}
