/** Prices come from Medusa in major units (24.9 = €24.90). */
export function formatMoney(amount: number, currencyCode: string, locale = "en-IE"): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
  }).format(amount)
}
