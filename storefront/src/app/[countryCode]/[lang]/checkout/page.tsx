import type { Metadata } from "next"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { getCheckoutCart } from "@/lib/checkout/cart"
import { getTranslations } from "next-intl/server"
import { privatePageMetadata } from "@/lib/util/metadata"
import { links } from "@/lib/util/links"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

type Props = {
  params: Promise<StoreParams>
  searchParams: Promise<{ payment?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  const t = await getTranslations("checkout")
  return privatePageMetadata(t("title"), store, links.checkout)
}

export default async function CheckoutPage({ params, searchParams }: Props) {
  const [store, { payment }] = await Promise.all([pageStore(params), searchParams])
  const cart = await getCheckoutCart(store)
  // Set by /checkout/return when the bank or wallet did not approve the payment.
  const notice = payment === "failed" ? (await getTranslations("checkout.actions"))("paymentRefused") : undefined
  return <CheckoutTemplate cart={cart} storePath={store.path} notice={notice} />
}
