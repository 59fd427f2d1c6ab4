import type { Metadata } from "next"
import { getCartAdvice } from "@/lib/data/cart-advice"
import { getCartView } from "@/lib/data/cart-view"
import { CartTemplate } from "@/modules/cart/templates/cart-template"
import { REFILL_NOTICE_PARAM, RefillNotice } from "@/modules/alerts/components/refill-notice"

export const metadata: Metadata = { title: "Your cart", robots: { index: false, follow: false } }

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** Per visitor: rendered on every request, never cached. */
export default async function CartPage({ params, searchParams }: Props) {
  const { countryCode } = await params
  const [cart, advice] = await Promise.all([getCartView(), getCartAdvice()])
  const refill = (await searchParams)[REFILL_NOTICE_PARAM]
  return (
    <>
      <RefillNotice outcome={refill} />
      <CartTemplate cart={cart} advice={advice} countryCode={countryCode} />
    </>
  )
}
