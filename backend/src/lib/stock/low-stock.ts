/** Below this many available units an item is low, unless staff set its own threshold. */
export const DEFAULT_LOW_STOCK_THRESHOLD = 10
/** The inventory item's metadata key that keeps its own threshold. */
export const LOW_STOCK_THRESHOLD_KEY = "low_stock_threshold"
export const MAX_LOW_STOCK_THRESHOLD = 100_000

export type StockItem = {
  id: string
  title: string | null
  sku: string | null
  metadata: Record<string, unknown> | null
  stocked: number
  reserved: number
  available: number
}

/** A step set: a bundle product whose kit variant needs these components. */
export type StockSet = {
  id: string
  title: string
  components: { inventory_item_id: string; required_quantity: number }[]
}

export type SetAtRisk = {
  id: string
  title: string
  required_quantity: number
  /** How many sets the stock of every component still allows. */
  sellable_units: number
  /** This item alone leaves not one set to sell. */
  blocked: boolean
}

export type LowStockItem = StockItem & { threshold: number; sets: SetAtRisk[] }

/** The item's own threshold when staff set a valid one, else the default. */
export function thresholdOf(metadata: Record<string, unknown> | null | undefined): number {
  const value = metadata?.[LOW_STOCK_THRESHOLD_KEY]
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value
  return typeof number === "number" && Number.isInteger(number) && number >= 0 && number <= MAX_LOW_STOCK_THRESHOLD
    ? number
    : DEFAULT_LOW_STOCK_THRESHOLD
}

/** Whole sets one component's stock allows (none when it is missing or needs no unit). */
function setsAllowedBy(item: StockItem | undefined, required: number): number {
  if (!item || !(required > 0)) {
    return 0
  }
  return Math.max(0, Math.floor(item.available / required))
}

export function sellableUnits(set: StockSet, items: Map<string, StockItem>): number {
  if (!set.components.length) {
    return 0
  }
  return Math.min(...set.components.map((c) => setsAllowedBy(items.get(c.inventory_item_id), c.required_quantity)))
}

/**
 * Every item with fewer available units than its threshold, with the sets it blocks (not one
 * set left because of it) or will soon block. Out of stock first, then fewest available.
 */
export function lowStockReport(items: StockItem[], sets: StockSet[]): LowStockItem[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  return items
    .map((item) => ({ ...item, threshold: thresholdOf(item.metadata) }))
    .filter((item) => item.available < item.threshold)
    .map((item) => ({
      ...item,
      sets: sets
        .flatMap((set) => {
          const component = set.components.find((c) => c.inventory_item_id === item.id)
          return component
            ? [
                {
                  id: set.id,
                  title: set.title,
                  required_quantity: component.required_quantity,
                  sellable_units: sellableUnits(set, byId),
                  blocked: setsAllowedBy(item, component.required_quantity) === 0,
                },
              ]
            : []
        })
        .sort((a, b) => Number(b.blocked) - Number(a.blocked) || a.title.localeCompare(b.title)),
    }))
    .sort(
      (a, b) =>
        Number(b.available <= 0) - Number(a.available <= 0) ||
        a.available - b.available ||
        (a.title ?? "").localeCompare(b.title ?? "")
    )
}
