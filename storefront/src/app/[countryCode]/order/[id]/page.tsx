import type { Metadata } from "next"
import Link from "next/link"
import { links } from "@/lib/links"
import { getPlacedOrder } from "@/lib/orders"
import { CartCleared } from "@/modules/cart/components/cart-cleared"
import { OrderDetails } from "@/modules/order/components/order-details"

export const metadata: Metadata = { title: "Thank you for your order", robots: { index: false, follow: false } }

type Props = { params: Promise<{ countryCode: string; id: string }> }

export default async function OrderConfirmedPage({ params }: Props) {
  const { countryCode, id } = await params
  const order = await getPlacedOrder(id)
  if (!order) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <h1 className="font-serif text-4xl">Order not found</h1>
        <p className="mt-4">This order confirmation is only shown in the browser that placed the order.</p>
      </main>
    )
  }
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <CartCleared />
      <p className="text-sm font-semibold uppercase tracking-widest text-accent">Thank you</p>
      <h1 className="mt-2 font-serif text-4xl">
        Order <span data-testid="order-number">#{order.displayId}</span> is confirmed
      </h1>
      {order.email ? <p className="mt-2 text-muted">A confirmation goes to {order.email}.</p> : null}
      <OrderDetails order={order} />
      <p className="mt-10">
        <Link href={links.home(countryCode)} className="text-accent underline">Back to the routine</Link>
      </p>
    </main>
  )
}
