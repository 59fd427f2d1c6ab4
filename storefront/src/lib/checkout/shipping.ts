/**
 * The shipping methods checkout offers, as a shopper reads them: only those with a price for the
 * cart, cheapest first, so the one preselected is the one most shoppers want (Medusa answers them
 * in no fixed order). An option without an amount has no price in the cart's currency or zone
 * (Medusa lists every zone's options for a cart without an address): Medusa refuses it for the
 * cart, and the page could only show it as free. Pure: unit-tested.
 */
export function offeredShipping<T extends { name: string; amount?: number | null }>(
  options: T[]
): (T & { amount: number })[] {
  return options
    .filter((option): option is T & { amount: number } => typeof option.amount === "number")
    .sort((a, b) => a.amount - b.amount || a.name.localeCompare(b.name))
}
