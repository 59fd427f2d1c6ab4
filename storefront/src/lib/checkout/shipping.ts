/**
 * Shipping methods as a shopper reads them: cheapest first, so the one preselected at checkout is
 * the one most shoppers want (Medusa answers them in no fixed order). Pure: unit-tested.
 */
export function cheapestFirst<T extends { name: string; amount?: number | null }>(options: T[]): T[] {
  return [...options].sort((a, b) => (a.amount ?? 0) - (b.amount ?? 0) || a.name.localeCompare(b.name))
}
