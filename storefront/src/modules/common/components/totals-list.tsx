import { formatMoney } from "@/lib/util/money"
import type { DisplayTotals } from "@/lib/util/totals"

/** Subtotal, discount, shipping, tax and total, worded for the region's tax rules. */
export function TotalsList({
  totals,
  currencyCode,
  shippingLabel = "Shipping",
}: {
  totals: DisplayTotals
  currencyCode: string
  shippingLabel?: string
}) {
  const money = (amount: number) => formatMoney(amount, currencyCode)
  return (
    <dl className="grid grid-cols-2 gap-y-1">
      <dt>Subtotal</dt>
      <dd className="text-right">{money(totals.subtotal)}</dd>
      {totals.discount ? (
        <>
          <dt>Discount</dt>
          <dd className="text-right" data-testid="cart-discount">
            −{money(totals.discount)}
          </dd>
        </>
      ) : null}
      <dt>{shippingLabel}</dt>
      <dd className="text-right">{money(totals.shipping)}</dd>
      {totals.taxIncluded ? null : (
        <>
          <dt>Sales tax</dt>
          <dd className="text-right">{money(totals.tax)}</dd>
        </>
      )}
      <dt className="font-semibold">Total</dt>
      <dd className="text-right font-semibold" data-testid="cart-total">
        {money(totals.total)}
      </dd>
      {totals.taxIncluded ? (
        <dd className="col-span-2 text-right text-sm text-muted">
          {/* Before an address is known the VAT rate is not either: say only that it is included. */}
          {totals.tax > 0 ? `including ${money(totals.tax)} VAT` : "VAT included"}
        </dd>
      ) : null}
    </dl>
  )
}
