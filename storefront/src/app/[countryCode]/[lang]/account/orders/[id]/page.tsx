import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { links } from "@/lib/util/links"
import { privatePageMetadata } from "@/lib/util/metadata"
import { pageStore, type StoreParams } from "@/lib/util/store"
import Link from "next/link"
import { redirect } from "next/navigation"
import { currentCustomer, customerOrder } from "@/lib/data/account"
import { orderAfterSale, returnReasons } from "@/lib/data/after-sale"
import { orderRefillReminder } from "@/lib/data/alerts"
import { RefillReminder } from "@/modules/alerts/components/refill-reminder"
import { afterSaleSummary, type AfterSaleT } from "@/lib/util/after-sale-words"
import { OrderDetails } from "@/modules/order/components/order-details"
import { OrderStatus } from "@/modules/order/components/order-status"

type Props = { params: Promise<StoreParams & { id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [store, { id }] = await Promise.all([pageStore(params), params])
  const t = await getTranslations("order")
  return privatePageMetadata(t("title"), store, (path) => links.accountOrder(path, id))
}

export default async function AccountOrderPage({ params }: Props) {
  const [store, { id }] = await Promise.all([pageStore(params), params])
  if (!(await currentCustomer())) {
    redirect(`/${store.path}/account/login`)
  }
  const [t, words] = await Promise.all([
    getTranslations("order"),
    getTranslations("afterSale") as Promise<unknown> as Promise<AfterSaleT>,
  ])
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
      <Link href={`/${store.path}/account`} className="text-accent underline">
        {t("backToAccount")}
      </Link>
    </p>
  )
  if (!order) {
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
        <h1 className="font-serif text-4xl">{t("notFound")}</h1>
        <p className="mt-4">{t("notInAccount")}</p>
        {back}
      </main>
    )
  }
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12 sm:px-6">
      <h1 className="font-serif text-4xl">{t.rich("heading", { number: order.displayId, n: (chunks) => chunks })}</h1>
      <p className="mt-2 text-muted">
        {t("placed", { date: new Date(order.placedAt).toLocaleDateString(store.locale, { dateStyle: "long" }) })}
        {view ? ` · ${afterSaleSummary(view, words, store.locale)}` : null}
      </p>
      {view ? <OrderStatus view={view} storePath={store.path} from="account" reasons={reasons} /> : null}
      <OrderDetails order={order} />
      {refill ? (
        <RefillReminder orderId={id} view={refill} orderCanceled={view?.stage === "canceled"} storePath={store.path} />
      ) : null}
      {back}
    </main>
  )
}
