import type { Metadata } from "next"
import { getCartAdvice } from "@/lib/data/cart-advice"
import { getCartView } from "@/lib/data/cart-view"
import { CartTemplate } from "@/modules/cart/templates/cart-template"

export const metadata: Metadata = { title: "Your cart", robots: { index: false, follow: false } }

type Props = { params: Promise<{ countryCode: string }> }

/** Per visitor: rendered on every request, never cached. */
export default async function CartPage({ params }: Props) {
  const { countryCode } = await params
  const [cart, advice] = await Promise.all([getCartView(), getCartAdvice()])
  return <CartTemplate cart={cart} advice={advice} countryCode={countryCode} />
}
