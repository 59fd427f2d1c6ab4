import { labelLines } from "@lacremeluxe/shared"
import type { PlacedOrder } from "@/lib/data/orders"
import { useLocale, useTranslations } from "next-intl"
import { formatMoney } from "@/lib/util/money"
import { TotalsList } from "@/modules/common/components/totals-list"

/** An order's items, totals and shipping address: on the confirmation and in the account. */
export function OrderDetails({ order }: { order: PlacedOrder }) {
  const t = useTranslations("order")
  const locale = useLocale()
  return (
    <>
      <ul className="mt-8 divide-y divide-ink/10" aria-label={t("items")}>
        {order.lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-4 py-3">
            <span>
              {line.quantity} × {line.title}
              {line.variantTitle ? <span className="text-muted"> · {line.variantTitle}</span> : null}
            </span>
            <span>{formatMoney(line.total, order.currencyCode, locale)}</span>
          </li>
        ))}
      </ul>
      <div className="mt-4 border-t border-ink/10 pt-4">
        <TotalsList
          totals={order.totals}
          currencyCode={order.currencyCode}
          shippingLabel={order.shippingMethod ? t("shippingWith", { method: order.shippingMethod }) : t("shipping")}
        />
      </div>
      {order.address ? (
        <section aria-labelledby="ship-to" className="mt-8">
          <h2 id="ship-to" className="font-serif text-2xl">
            {t("shippingTo")}
          </h2>
          <address className="mt-2 not-italic">
            {labelLines(order.address, locale).map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))}
          </address>
        </section>
      ) : null}
    </>
  )
}
