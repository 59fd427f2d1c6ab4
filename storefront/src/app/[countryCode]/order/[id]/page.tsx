import type { Metadata } from "next"
import Link from "next/link"
import { orderAfterSale, returnReasons } from "@/lib/data/after-sale"
import { links } from "@/lib/util/links"
import { getGuestOrder } from "@/lib/data/orders"
import { CartCleared } from "@/modules/cart/components/cart-cleared"
import { OrderDetails } from "@/modules/order/components/order-details"
import { OrderStatus } from "@/modules/order/components/order-status"

export const metadata: Metadata = { title: "Your order", robots: { index: false, follow: false } }

type Props = { params: Promise<{ countryCode: string; id: string }> }

export default async function GuestOrderPage({ params }: Props) {
  const { countryCode, id } = await params
  const found = /^order_\w+$/.test(id) ? await getGuestOrder(id) : null
  if (!found) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <h1 className="font-serif text-4xl">Order not found</h1>
        <p className="mt-4">
          An order is shown only in the browser that placed it. To follow an order placed as a guest,{" "}
          <Link href={links.orderLookup(countryCode)} className="text-accent underline">
            find it with your e-mail and order number
          </Link>
          ; orders placed while signed in are in{" "}
          <Link href={links.account(countryCode)} className="text-accent underline">
            your account
          </Link>
          .
        </p>
      </main>
    )
  }
  const { order, justPlaced } = found
  const [view, reasons] = await Promise.all([orderAfterSale(id), returnReasons()])
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      {justPlaced ? (
        <>
          <CartCleared />
          <p className="text-sm font-semibold uppercase tracking-widest text-accent">Thank you</p>
          <h1 className="mt-2 font-serif text-4xl">
            Order <span data-testid="order-number">#{order.displayId}</span> is confirmed
          </h1>
          {order.email ? <p className="mt-2 text-muted">A confirmation goes to {order.email}.</p> : null}
        </>
      ) : (
        <h1 className="font-serif text-4xl">
          Order <span data-testid="order-number">#{order.displayId}</span>
        </h1>
      )}
      {view ? <OrderStatus view={view} countryCode={countryCode} from="guest" reasons={reasons} /> : null}
      <OrderDetails order={order} />
      <p className="mt-10">
        <Link href={links.home(countryCode)} className="text-accent underline">
          Back to the routine
        </Link>
      </p>
    </main>
  )
}
