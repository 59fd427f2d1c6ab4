/**
 * Prices come from Medusa in major units (24.9 = €24.90), formatted for the store's locale:
 * "24,90 €" in German and French, "€24.90" in English (en-GB), "$24.90" in the US store.
 */
export function formatMoney(amount: number, currencyCode: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currencyCode.toUpperCase(),
  }).format(amount)
}
