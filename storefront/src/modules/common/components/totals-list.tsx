import { formatMoney } from "@/lib/util/money"
import { useLocale, useTranslations } from "next-intl"
import type { DisplayTotals } from "@/lib/util/totals"

/** Subtotal, discount, shipping, tax and total, worded for the region's tax rules. */
export function TotalsList({
  totals,
  currencyCode,
  shippingLabel,
}: {
  totals: DisplayTotals
  currencyCode: string
  shippingLabel?: string
}) {
  const t = useTranslations("cart.totals")
  const locale = useLocale()
  const money = (amount: number) => formatMoney(amount, currencyCode, locale)
  return (
    <dl className="grid grid-cols-2 gap-y-1">
      <dt>{t("subtotal")}</dt>
      <dd className="text-right">{money(totals.subtotal)}</dd>
      {totals.discount ? (
        <>
          <dt>{t("discount")}</dt>
          <dd className="text-right" data-testid="cart-discount">
            −{money(totals.discount)}
          </dd>
        </>
      ) : null}
      <dt>{shippingLabel ?? t("shipping")}</dt>
      <dd className="text-right">{money(totals.shipping)}</dd>
      {totals.taxIncluded ? null : (
        <>
          <dt>{t("salesTax")}</dt>
          <dd className="text-right">{money(totals.tax)}</dd>
        </>
      )}
      <dt className="font-semibold">{t("total")}</dt>
      <dd className="text-right font-semibold" data-testid="cart-total">
        {money(totals.total)}
      </dd>
      {totals.taxIncluded ? (
        <dd className="col-span-2 text-right text-sm text-muted">
          {/* Before an address is known the VAT rate is not either: say only that it is included. */}
          {totals.tax > 0 ? t("includingVat", { amount: money(totals.tax) }) : t("vatIncluded")}
        </dd>
      ) : null}
    </dl>
  )
}
