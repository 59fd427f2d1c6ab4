export type DeliveredOrderRow = {
  items?: ({ id: string; product_id?: string | null } | null)[] | null
  fulfillments?:
    | ({ delivered_at?: string | Date | null; items?: ({ line_item_id?: string | null } | null)[] | null } | null)[]
    | null
}

/** Whether one of the orders delivered the product: a delivered fulfilment holds a line of it. */
export function boughtAndDelivered(orders: readonly DeliveredOrderRow[], productId: string): boolean {
  return orders.some((order) => {
    const lines = new Set((order.items ?? []).filter((item) => item?.product_id === productId).map((item) => item!.id))
    return (order.fulfillments ?? []).some(
      (fulfillment) =>
        Boolean(fulfillment?.delivered_at) &&
        (fulfillment?.items ?? []).some((item) => item?.line_item_id && lines.has(item.line_item_id))
    )
  })
}
