import type { Metadata } from "next"
import Link from "next/link"
import { links } from "@/lib/links"
import { formatMoney } from "@/lib/money"
import { getPlacedOrder } from "@/lib/orders"
import { CartCleared } from "@/modules/cart/components/cart-cleared"
import { TotalsList } from "@/modules/common/components/totals-list"

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
      <ul className="mt-8 divide-y divide-ink/10" aria-label="Items">
        {order.lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-4 py-3">
            <span>
              {line.quantity} × {line.title}
              {line.variantTitle ? <span className="text-muted"> · {line.variantTitle}</span> : null}
            </span>
            <span>{formatMoney(line.total, order.currencyCode)}</span>
          </li>
        ))}
      </ul>
      <div className="mt-4 border-t border-ink/10 pt-4">
        <TotalsList
          totals={order.totals}
          currencyCode={order.currencyCode}
          shippingLabel={order.shippingMethod ? `Shipping (${order.shippingMethod})` : "Shipping"}
        />
      </div>
      {order.address ? (
        <section aria-labelledby="ship-to" className="mt-8">
          <h2 id="ship-to" className="font-serif text-2xl">Shipping to</h2>
          <address className="mt-2 not-italic">
            {order.address.name}
            {order.address.lines.map((line) => (
              <span key={line} className="block">{line}</span>
            ))}
          </address>
        </section>
      ) : null}
      <p className="mt-10">
        <Link href={links.home(countryCode)} className="text-accent underline">Back to the routine</Link>
      </p>
    </main>
  )
}
