import { admin, adminToken, store, uniqueEmail } from "./api"
import { addItem, checkout, newCart } from "./checkout"

/** What staff do after an order, through the Admin API (the calls Medusa Admin's screens make). */

type Call = { status: number; body: any }

function ok(what: string, response: Call) {
  if (response.status !== 200) {
    throw new Error(`${what} failed: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return response.body
}

async function post(path: string, body: unknown = {}) {
  return admin(path, { token: await adminToken(), body })
}

async function get(path: string) {
  return admin(path, { token: await adminToken() })
}

/** The Store API's variant id for a SKU. */
export async function variantIdBySku(sku: string): Promise<string> {
  const { body } = await store(`/store/products?fields=variants.id,variants.sku&limit=200`)
  for (const product of body.products) {
    for (const variant of product.variants) {
      if (variant.sku === sku) return variant.id
    }
  }
  throw new Error(`no variant with SKU ${sku}`)
}

/** A guest's order placed through the Store API, as the storefront's checkout places it. */
export async function placeOrder(lines: { sku: string; quantity?: number }[], email = uniqueEmail("staff-flow")) {
  const cart = await newCart("Europe", email)
  for (const line of lines) {
    ok(`adding ${line.sku}`, await addItem(cart.id, await variantIdBySku(line.sku), line.quantity ?? 1))
  }
  const placed = ok("checkout", await checkout(cart.id))
  if (placed.type !== "order") {
    throw new Error(`the cart did not become an order: ${JSON.stringify(placed)}`)
  }
  return placed.order as { id: string; display_id: number; email: string; total: number }
}

export type StockLevel = { stocked: number; reserved: number }

/** Stocked and reserved quantity of one SKU's inventory item at the warehouse. */
export async function stockOf(sku: string): Promise<StockLevel> {
  const { body } = await get(
    `/admin/inventory-items?sku=${encodeURIComponent(sku)}&fields=id,location_levels.stocked_quantity,location_levels.reserved_quantity`
  )
  const [level] = body.inventory_items[0].location_levels
  return { stocked: level.stocked_quantity, reserved: level.reserved_quantity }
}

export async function stockOfAll(skus: string[]): Promise<Record<string, StockLevel>> {
  const entries = await Promise.all(skus.map(async (sku) => [sku, await stockOf(sku)] as const))
  return Object.fromEntries(entries)
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "payment_status",
  "fulfillment_status",
  "total",
  "currency_code",
  "items.id",
  "items.title",
  "items.variant_sku",
  "items.variant_title",
  "items.quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.shipped_quantity",
  "items.detail.delivered_quantity",
  "items.detail.return_received_quantity",
  "items.detail.return_dismissed_quantity",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "payment_collections.payments.id",
  "payment_collections.payments.amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.refunds.amount",
  "fulfillments.id",
  "fulfillments.location_id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.items.title",
  "fulfillments.items.sku",
  "fulfillments.items.quantity",
  "fulfillments.items.inventory_item_id",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
].join(",")

export async function orderState(orderId: string) {
  return ok("reading the order", await get(`/admin/orders/${orderId}?fields=${ORDER_FIELDS}`)).order
}

export async function paymentOf(orderId: string) {
  const order = await orderState(orderId)
  return order.payment_collections[0].payments[0] as { id: string; amount: number }
}

export async function capture(orderId: string) {
  const payment = await paymentOf(orderId)
  return ok("capture", await post(`/admin/payments/${payment.id}/capture`))
}

export async function refund(orderId: string, amount: number) {
  const payment = await paymentOf(orderId)
  return post(`/admin/payments/${payment.id}/refund`, { amount })
}

/** The warehouse the store ships from (the seed's one stock location). */
export async function warehouseId(): Promise<string> {
  const { body } = await get(`/admin/stock-locations?fields=id,name`)
  const warehouse = body.stock_locations.find((l: { name: string }) => l.name === "LACREMELUXE warehouse")
  if (!warehouse) throw new Error("no stock location named LACREMELUXE warehouse")
  return warehouse.id
}

/** Fulfils every item of the order (or the given ones) from the warehouse; returns the new fulfilment. */
export async function fulfil(orderId: string, items?: { id: string; quantity: number }[]) {
  const order = await orderState(orderId)
  const before = new Set(order.fulfillments.map((f: { id: string }) => f.id))
  const lines = items ?? order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
  ok(
    "fulfilment",
    await post(`/admin/orders/${orderId}/fulfillments`, { items: lines, location_id: await warehouseId() })
  )
  const after = await orderState(orderId)
  return after.fulfillments.find((f: { id: string }) => !before.has(f.id))
}

export async function ship(
  orderId: string,
  fulfillmentId: string,
  label: { tracking_number: string; tracking_url: string }
) {
  const order = await orderState(orderId)
  const fulfillment = order.fulfillments.find((f: { id: string }) => f.id === fulfillmentId)
  const items = order.items.map((i: { id: string; quantity: number }) => ({ id: i.id, quantity: i.quantity }))
  return post(`/admin/orders/${orderId}/fulfillments/${fulfillment.id}/shipments`, {
    items,
    labels: [{ ...label, label_url: label.tracking_url }],
  })
}

export async function markDelivered(orderId: string, fulfillmentId: string) {
  return ok("mark delivered", await post(`/admin/orders/${orderId}/fulfillments/${fulfillmentId}/mark-as-delivered`))
}

export async function cancelOrder(orderId: string) {
  return post(`/admin/orders/${orderId}/cancel`)
}

/** A seeded return reason by its value (e.g. "damaged"); undefined when the store has none. */
export async function returnReasons(): Promise<{ id: string; value: string; label: string }[]> {
  return ok("listing return reasons", await get(`/admin/return-reasons?fields=id,value,label&limit=100`)).return_reasons
}

type ShippingOptionRow = {
  id: string
  name: string
  rules: { attribute: string; value: string }[]
  service_zone: { geo_zones: { country_code: string }[] }
}

/**
 * The return shipping options that serve the order's shipping country (what staff pick for a
 * return). Medusa 2.21.2 refuses its own `is_return` filter ("not existing property"), so the
 * rule is read as the dashboard reads it.
 */
export async function returnShippingOptions(orderId: string) {
  const { body } = await get(`/admin/orders/${orderId}?fields=shipping_address.country_code`)
  const country = body.order.shipping_address.country_code
  const options = ok(
    "listing shipping options",
    await get(
      `/admin/shipping-options?limit=200&fields=id,name,rules.attribute,rules.value,service_zone.geo_zones.country_code`
    )
  ).shipping_options as ShippingOptionRow[]
  return options
    .filter((o) => o.rules.some((r) => r.attribute === "is_return" && r.value === "true"))
    .filter((o) => o.service_zone.geo_zones.some((z) => z.country_code === country))
    .map(({ id, name }) => ({ id, name }))
}

type ReturnLine = { id: string; quantity: number; reason_id?: string }

/** Staff's return: begin it at the warehouse, request the items, pick return shipping, confirm. */
export async function requestReturn(orderId: string, items: ReturnLine[], shippingOptionId?: string) {
  const begun = ok(
    "begin return",
    await post(`/admin/returns`, { order_id: orderId, location_id: await warehouseId() })
  )
  const returnId = begun.return.id as string
  ok("request return items", await post(`/admin/returns/${returnId}/request-items`, { items }))
  if (shippingOptionId) {
    ok(
      "return shipping",
      await post(`/admin/returns/${returnId}/shipping-method`, { shipping_option_id: shippingOptionId })
    )
  }
  ok("confirm return request", await post(`/admin/returns/${returnId}/request`))
  return returnId
}

/** Receive a return: items back on the shelf, and items received damaged (not restocked). */
export async function receiveReturn(
  returnId: string,
  received: { id: string; quantity: number }[],
  damaged: { id: string; quantity: number }[] = []
) {
  ok("begin receiving", await post(`/admin/returns/${returnId}/receive`))
  if (received.length) ok("receive items", await post(`/admin/returns/${returnId}/receive-items`, { items: received }))
  if (damaged.length)
    ok("receive damaged items", await post(`/admin/returns/${returnId}/dismiss-items`, { items: damaged }))
  return ok("confirm receipt", await post(`/admin/returns/${returnId}/receive/confirm`))
}

export async function returnState(returnId: string) {
  const { body } = await get(
    `/admin/returns/${returnId}?fields=id,status,location_id,items.item_id,items.quantity,items.reason_id,items.received_quantity,items.damaged_quantity`
  )
  return body.return
}

/** An exchange: the shopper sends one item back and gets another variant instead. */
export async function exchange(orderId: string, inbound: { id: string; quantity: number }, outboundSku: string) {
  const begun = ok("begin exchange", await post(`/admin/exchanges`, { order_id: orderId }))
  const exchangeId = begun.exchange.id as string
  ok(
    "exchange inbound item",
    await post(`/admin/exchanges/${exchangeId}/inbound/items`, {
      items: [inbound],
      location_id: await warehouseId(),
    })
  )
  ok(
    "exchange outbound item",
    await post(`/admin/exchanges/${exchangeId}/outbound/items`, {
      items: [{ variant_id: await variantIdBySku(outboundSku), quantity: inbound.quantity }],
    })
  )
  // Like the dashboard's form: the new item ships with the order's own shipping option (only then
  // does Medusa reserve it), and comes back with a return option when the store has one.
  const { body: placed } = await get(`/admin/orders/${orderId}?fields=shipping_methods.shipping_option_id`)
  ok(
    "exchange outbound shipping",
    await post(`/admin/exchanges/${exchangeId}/outbound/shipping-method`, {
      shipping_option_id: placed.order.shipping_methods[0].shipping_option_id,
    })
  )
  const [returnOption] = await returnShippingOptions(orderId)
  if (returnOption) {
    ok(
      "exchange inbound shipping",
      await post(`/admin/exchanges/${exchangeId}/inbound/shipping-method`, {
        shipping_option_id: returnOption.id,
      })
    )
  }
  const confirmed = ok("confirm exchange", await post(`/admin/exchanges/${exchangeId}/request`))
  const { body } = await get(
    `/admin/exchanges/${exchangeId}?fields=id,return_id,order_id,additional_items.quantity,additional_items.item.variant_sku`
  )
  return { exchange: body.exchange, preview: confirmed.order_preview }
}
