import type { BigNumberInput, RemoteQueryFunction } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { flippedProducts, LEVEL_EVENTS, ORDER_STOCK_EVENTS, type StockedVariant } from "./cache-tags"

type Query = Omit<RemoteQueryFunction, symbol>
type KitLink = { variant_id: string; inventory_item_id: string; required_quantity: number }

type OrderLine = { variant_id: string | null; quantity?: BigNumberInput; detail?: { quantity?: BigNumberInput } }

/** Quantities come from Query as big numbers. */
export const units = (value: BigNumberInput) => MathBN.convert(value).toNumber()

/** The inventory items (with units each) of variants, or the variants taking inventory items. */
export async function kitLinks(query: Query, filters: { variant_id?: string[]; inventory_item_id?: string[] }) {
  const { data } = await query.graph({
    entity: "product_variant_inventory_items",
    fields: ["variant_id", "inventory_item_id", "required_quantity"],
    filters,
  })
  return data as KitLink[]
}

/** Every variant taking one of these inventory items: the sizes and the sets built on them. */
async function variantsOfItems(query: Query, itemIds: string[]): Promise<StockedVariant[]> {
  const variantIds = [...new Set((await kitLinks(query, { inventory_item_id: itemIds })).map((l) => l.variant_id))]
  if (!variantIds.length) return []
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "manage_inventory", "allow_backorder", "product.handle"],
    filters: { id: variantIds },
  })
  const kits = await kitLinks(query, { variant_id: variantIds })
  return (data as { id: string; manage_inventory: boolean; allow_backorder: boolean; product: { handle: string } }[])
    .filter((variant) => variant.manage_inventory && !variant.allow_backorder && variant.product)
    .map((variant) => ({
      product: { handle: variant.product.handle },
      kit: kits.filter((link) => link.variant_id === variant.id),
    }))
}

/** Units of each inventory item the sales channel's stock locations can sell now (stocked − reserved). */
async function availableInChannel(query: Query, itemIds: string[], salesChannelId: string) {
  const { data: locations } = await query.graph({
    entity: "sales_channel_locations",
    fields: ["stock_location_id"],
    filters: { sales_channel_id: salesChannelId },
  })
  const available = new Map<string, number>()
  const locationIds = (locations as { stock_location_id: string }[]).map((l) => l.stock_location_id)
  if (!locationIds.length || !itemIds.length) return available
  const { data: levels } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id", "stocked_quantity", "reserved_quantity"],
    filters: { inventory_item_id: itemIds, location_id: locationIds },
  })
  type Level = { inventory_item_id: string; stocked_quantity: BigNumberInput; reserved_quantity: BigNumberInput }
  for (const level of levels as Level[]) {
    const sellable = units(level.stocked_quantity) - units(level.reserved_quantity)
    available.set(level.inventory_item_id, (available.get(level.inventory_item_id) ?? 0) + sellable)
  }
  return available
}

/**
 * The products (handles) an order event flipped: only the products (and sets) whose availability
 * in the order's sales channel flipped, judged from the units the order took (`sign` 1: placed) or
 * gave back (-1: canceled, returned; the ordered quantity bounds what came back, so a flip is never
 * missed). An order that leaves every product sellable gives none.
 */
export async function productsFlippedByOrder(query: Query, orderId: string, sign: 1 | -1): Promise<string[]> {
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "sales_channel_id", "items.id", "items.variant_id", "items.quantity", "items.detail.quantity"],
    filters: { id: orderId },
  })
  const order = data[0] as { sales_channel_id: string | null; items: (OrderLine | null)[] } | undefined
  if (!order?.sales_channel_id) return []
  const lines = order.items.flatMap((item) => (item?.variant_id ? [item] : []))
  const variantIds = [...new Set(lines.map((line) => line.variant_id as string))]
  if (!variantIds.length) return []
  const taken = new Map<string, number>()
  for (const link of await kitLinks(query, { variant_id: variantIds })) {
    const ordered = lines
      .filter((line) => line.variant_id === link.variant_id)
      .reduce(
        (sum, line) => sum + units(line.detail?.quantity ?? line.quantity ?? 0) * units(link.required_quantity),
        0
      )
    taken.set(link.inventory_item_id, (taken.get(link.inventory_item_id) ?? 0) + sign * ordered)
  }
  const items = [...taken.keys()]
  const variants = await variantsOfItems(query, items)
  return flippedProducts(variants, await availableInChannel(query, items, order.sales_channel_id), taken)
}

/** Staff changed a warehouse level: the products stocked from that inventory item, as touched. */
export async function productsOfLevel(query: Query, levelId: string): Promise<string[]> {
  const { data } = await query.graph({
    entity: "inventory_level",
    fields: ["inventory_item_id"],
    filters: { id: levelId },
  })
  const itemIds = (data as { inventory_item_id: string }[]).map((level) => level.inventory_item_id)
  const handles = (await variantsOfItems(query, itemIds)).map((variant) => variant.product.handle)
  return [...new Set(handles)]
}

type StockEventData = { id?: string; order_id?: string } | undefined

/**
 * The one rule for "stock moved" events, shared by the storefront's revalidation and the
 * back-in-stock alerts: the products (handles) whose availability an order, cancel or return
 * flipped, or that a level staff changed stocks. Null for an event that does not move stock.
 */
export async function productsWhoseStockMoved(
  query: Query,
  eventName: string,
  data: StockEventData
): Promise<string[] | null> {
  if (ORDER_STOCK_EVENTS.includes(eventName)) {
    const orderId = data?.order_id ?? data?.id
    return orderId ? productsFlippedByOrder(query, orderId, eventName === "order.placed" ? 1 : -1) : []
  }
  if (LEVEL_EVENTS.includes(eventName)) {
    // A level an order flow moved (fulfilment, return) is judged by the order's own event.
    return data?.id && !data.order_id ? productsOfLevel(query, data.id) : []
  }
  return null
}
