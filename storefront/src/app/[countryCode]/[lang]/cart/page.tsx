import type { Metadata } from "next"
import { pageStore, type StoreParams } from "@/lib/util/store"
import { getCartAdvice } from "@/lib/data/cart-advice"
import { getCartView } from "@/lib/data/cart-view"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

export const metadata: Metadata = { title: "Your cart", robots: { index: false, follow: false } }

type Props = { params: Promise<StoreParams> }

/** Per visitor: rendered on every request, never cached. */
export default async function CartPage({ params }: Props) {
  const store = await pageStore(params)
  const [cart, advice] = await Promise.all([getCartView(), getCartAdvice()])
  return <CartTemplate cart={cart} advice={advice} storePath={store.path} />
}
