import type { Metadata } from "next"
import { getCheckoutCart } from "@/lib/checkout"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

export const metadata: Metadata = { title: "Checkout", robots: { index: false, follow: false } }

type Props = { params: Promise<{ countryCode: string }> }

export default async function CheckoutPage({ params }: Props) {
  const { countryCode } = await params
  const cart = await getCheckoutCart(countryCode)
  return <CheckoutTemplate cart={cart} countryCode={countryCode} />
}
