export type DeliveredOrderRow = {
  items?: ({ id: string; product_id?: string | null; product_type?: string | null } | null)[] | null
  fulfillments?:
    | ({ delivered_at?: string | Date | null; items?: ({ line_item_id?: string | null } | null)[] | null } | null)[]
    | null
}

/**
 * The lines of the orders that a delivered fulfilment held, as the product each line bought and
 * that product's type when ordered (a step set's line is the set itself).
 */
export function deliveredLines(
  orders: readonly DeliveredOrderRow[]
): { product_id: string; product_type: string | null }[] {
  return orders.flatMap((order) => {
    const delivered = new Set(
      (order.fulfillments ?? [])
        .filter((fulfillment) => Boolean(fulfillment?.delivered_at))
        .flatMap((fulfillment) => (fulfillment?.items ?? []).map((item) => item?.line_item_id))
    )
    return (order.items ?? []).flatMap((item) =>
      item?.product_id && delivered.has(item.id)
        ? [{ product_id: item.product_id, product_type: item.product_type ?? null }]
        : []
    )
  })
}

/**
 * Whether one of the orders delivered the product: a delivered fulfilment holds a line of it, or
 * of a step set made of it (`setComponents`: each delivered set's products).
 */
export function boughtAndDelivered(
  orders: readonly DeliveredOrderRow[],
  productId: string,
  setComponents: ReadonlyMap<string, readonly string[]> = new Map()
): boolean {
  return deliveredLines(orders).some(
    (line) => line.product_id === productId || (setComponents.get(line.product_id) ?? []).includes(productId)
  )
}
