import type { Metadata } from "next"
import type { ReactNode } from "react"
import { getTranslations } from "next-intl/server"
import { privatePageMetadata } from "@/lib/util/metadata"
import { pageStore, type StoreParams } from "@/lib/util/store"
import Link from "next/link"
import { orderAfterSale, returnReasons } from "@/lib/data/after-sale"
import { links } from "@/lib/util/links"
import { getGuestOrder } from "@/lib/data/orders"
import { CartCleared } from "@/modules/cart/components/cart-cleared"
import { OrderDetails } from "@/modules/order/components/order-details"
import { OrderStatus } from "@/modules/order/components/order-status"

/** The order number in a heading, marked for tests and assistive reading alike. */
const orderNumber = { n: (chunks: ReactNode) => <span data-testid="order-number">{chunks}</span> }

type Props = { params: Promise<StoreParams & { id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [store, { id }] = await Promise.all([pageStore(params), params])
  const t = await getTranslations("order")
  return privatePageMetadata(t("title"), store, (path) => links.order(path, id))
}

export default async function GuestOrderPage({ params }: Props) {
  const [store, { id }] = await Promise.all([pageStore(params), params])
  const t = await getTranslations("order")
  const found = /^order_\w+$/.test(id) ? await getGuestOrder(id) : null
  if (!found) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <h1 className="font-serif text-4xl">{t("notFound")}</h1>
        <p className="mt-4">
          {t.rich("notFoundText", {
            lookup: (chunks) => (
              <Link href={links.orderLookup(store.path)} className="text-accent underline">
                {chunks}
              </Link>
            ),
            account: (chunks) => (
              <Link href={links.account(store.path)} className="text-accent underline">
                {chunks}
              </Link>
            ),
          })}
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
          <p className="text-sm font-semibold uppercase tracking-widest text-accent">{t("thankYou")}</p>
          <h1 className="mt-2 font-serif text-4xl">
            {t.rich("confirmed", { number: order.displayId, ...orderNumber })}
          </h1>
          {order.email ? <p className="mt-2 text-muted">{t("confirmationTo", { email: order.email })}</p> : null}
        </>
      ) : (
        <h1 className="font-serif text-4xl">{t.rich("heading", { number: order.displayId, ...orderNumber })}</h1>
      )}
      {view ? <OrderStatus view={view} storePath={store.path} from="guest" reasons={reasons} /> : null}
      <OrderDetails order={order} />
      <p className="mt-10">
        <Link href={links.home(store.path)} className="text-accent underline">
          {t("backToRoutine")}
        </Link>
      </p>
    </main>
  )
}
