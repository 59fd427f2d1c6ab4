import type { Metadata } from "next"
import { getCheckoutCart } from "@/lib/checkout/cart"
import { PAYMENT_REFUSED } from "@/lib/checkout/errors"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

export const metadata: Metadata = { title: "Checkout", robots: { index: false, follow: false } }

type Props = {
  params: Promise<{ countryCode: string }>
  searchParams: Promise<{ payment?: string | string[] }>
}

/** Set by /checkout/return when the bank or wallet did not approve the payment. */
const NOTICES: Record<string, string> = { failed: PAYMENT_REFUSED }

export default async function CheckoutPage({ params, searchParams }: Props) {
  const [{ countryCode }, { payment }] = await Promise.all([params, searchParams])
  const cart = await getCheckoutCart(countryCode)
  const notice = typeof payment === "string" ? NOTICES[payment] : undefined
  return <CheckoutTemplate cart={cart} countryCode={countryCode} notice={notice} />
}
