/** The price per 100 ml shown beside a size's price (EU unit pricing); null when unknown. */
export function pricePer100Ml(price: number | null, volumeMl: number | null): number | null {
  if (price === null || !volumeMl) {
    return null
  }
  return Math.round((price / volumeMl) * 100 * 100) / 100
}
