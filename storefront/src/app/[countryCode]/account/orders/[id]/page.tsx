import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { currentCustomer, customerOrder } from "@/lib/data/account"
import { orderAfterSale, returnReasons } from "@/lib/data/after-sale"
import { orderRefillReminder } from "@/lib/data/alerts"
import { RefillReminder } from "@/modules/alerts/components/refill-reminder"
import { afterSaleSummary } from "@/lib/util/after-sale-words"
import { OrderDetails } from "@/modules/order/components/order-details"
import { OrderStatus } from "@/modules/order/components/order-status"

export const metadata: Metadata = { title: "Your order", robots: { index: false, follow: false } }

type Props = { params: Promise<{ countryCode: string; id: string }> }

export default async function AccountOrderPage({ params }: Props) {
  const { countryCode, id } = await params
  if (!(await currentCustomer())) {
    redirect(`/${countryCode}/account/login`)
  }
  const valid = /^order_\w+$/.test(id)
  const [order, view, reasons, refill] = valid
    ? await Promise.all([
        customerOrder(id),
        orderAfterSale(id),
        returnReasons(),
        orderRefillReminder(id).catch(() => null),
      ])
    : [null, null, [], null]
  const back = (
    <p className="mt-8">
      <Link href={`/${countryCode}/account`} className="text-accent underline">
        Back to your account
      </Link>
    </p>
  )
  if (!order) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <h1 className="font-serif text-4xl">Order not found</h1>
        <p className="mt-4">This order is not in your account.</p>
        {back}
      </main>
    )
  }
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">Order #{order.displayId}</h1>
      <p className="mt-2 text-muted">
        Placed {new Date(order.placedAt).toLocaleDateString("en-GB", { dateStyle: "long" })}
        {view ? ` · ${afterSaleSummary(view)}` : null}
      </p>
      {view ? <OrderStatus view={view} countryCode={countryCode} from="account" reasons={reasons} /> : null}
      <OrderDetails order={order} />
      {refill ? <RefillReminder orderId={id} view={refill} /> : null}
      {back}
    </main>
  )
}
