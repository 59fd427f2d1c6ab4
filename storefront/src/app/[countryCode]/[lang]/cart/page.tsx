import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { links } from "@/lib/util/links"
import { privatePageMetadata } from "@/lib/util/metadata"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { getCartAdvice } from "@/lib/data/cart-advice"
import { getCartView } from "@/lib/data/cart-view"
import { CartTemplate } from "@/modules/cart/templates/cart-template"
import { REFILL_NOTICE_PARAM, RefillNotice } from "@/modules/alerts/components/refill-notice"

type Props = {
  params: Promise<StoreParams>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const store = await pageStore(params)
  return privatePageMetadata((await getTranslations("cart"))("title"), store, links.cart)
}

/** Per visitor: rendered on every request, never cached. */
export default async function CartPage({ params, searchParams }: Props) {
  const store = await pageStore(params)
  const [cart, advice] = await Promise.all([getCartView(), getCartAdvice(store.locale)])
  const refill = (await searchParams)[REFILL_NOTICE_PARAM]
  return (
    <>
      <RefillNotice outcome={refill} />
      <CartTemplate cart={cart} advice={advice} storePath={store.path} />
    </>
  )
}
