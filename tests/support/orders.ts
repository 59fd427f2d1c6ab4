import { admin, adminToken, regionByName, store, uniqueEmail } from "./api"
import { addItem, checkout } from "./checkout"

export type PlacedOrder = {
  id: string
  displayId: number
  email: string
  items: { id: string; title: string; quantity: number }[]
}

/** A variant that is not a set, so each line is one inventory item. */
async function plainVariant(): Promise<string> {
  const region = await regionByName("Europe")
  const { body } = await store(`/store/products?region_id=${region.id}&fields=variants.id,type.value&limit=50`)
  const product = body.products.find((p: { type?: { value?: string } | null }) => p.type?.value !== "Bundle")
  return product.variants[0].id
}

/**
 * Places an order through the Store API (a guest's, or a registered shopper's with their token)
 * of one variant: `variantId`, else a product's that is not a set.
 */
export async function placeOrder({
  token,
  email = uniqueEmail("returns"),
  quantity = 2,
  variantId,
}: { token?: string; email?: string; quantity?: number; variantId?: string } = {}): Promise<PlacedOrder> {
  const region = await regionByName("Europe")
  const { body: created } = await store("/store/carts", { token, body: { region_id: region.id, email } })
  const cartId = created.cart.id
  const variant = variantId ?? (await plainVariant())
  const added = token
    ? await store(`/store/carts/${cartId}/line-items`, { token, body: { variant_id: variant, quantity } })
    : await addItem(cartId, variant, quantity)
  if (added.status !== 200) throw new Error(`item not added: ${added.status} ${JSON.stringify(added.body)}`)
  const placed = await checkout(cartId, token)
  if (placed.body.type !== "order") throw new Error(`order not placed: ${JSON.stringify(placed.body)}`)
  const order = placed.body.order
  return {
    id: order.id,
    displayId: order.display_id,
    email,
    items: order.items.map((i: { id: string; product_title: string; quantity: number }) => ({
      id: i.id,
      title: i.product_title,
      quantity: i.quantity,
    })),
  }
}

async function adminCall(path: string, body?: unknown) {
  const response = await admin(path, { token: await adminToken(), body })
  if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body
}

/** Staff fulfil the whole order in Medusa Admin's way; returns the fulfillment id. */
export async function fulfil(order: PlacedOrder): Promise<string> {
  const items = order.items.map((i) => ({ id: i.id, quantity: i.quantity }))
  await adminCall(`/admin/orders/${order.id}/fulfillments`, { items })
  const { order: fresh } = await adminCall(`/admin/orders/${order.id}?fields=fulfillments.id,fulfillments.created_at`)
  return fresh.fulfillments.at(-1).id
}

export const TRACKING = {
  tracking_number: "LCL123456DE",
  tracking_url: "https://tracking.example/LCL123456DE",
  label_url: "https://tracking.example/label/LCL123456DE",
}

/** Staff create the shipment with a tracking number and link. */
export async function ship(order: PlacedOrder, fulfillmentId: string) {
  const items = order.items.map((i) => ({ id: i.id, quantity: i.quantity }))
  await adminCall(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`, { items, labels: [TRACKING] })
}

export async function markDelivered(order: PlacedOrder, fulfillmentId: string) {
  await adminCall(`/admin/orders/${order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`, {})
}

/** An order placed, fulfilled, shipped and marked delivered. */
export async function deliveredOrder(options: Parameters<typeof placeOrder>[0] = {}) {
  const order = await placeOrder(options)
  const fulfillmentId = await fulfil(order)
  await ship(order, fulfillmentId)
  await markDelivered(order, fulfillmentId)
  return { order, fulfillmentId }
}

/** Staff capture the order's payment and refund part of it; returns the amount refunded. */
export async function captureAndRefund(order: PlacedOrder, amount: number) {
  const { order: fresh } = await adminCall(`/admin/orders/${order.id}?fields=payment_collections.payments.id`)
  const paymentId = fresh.payment_collections[0].payments[0].id
  await adminCall(`/admin/payments/${paymentId}/capture`, {})
  await adminCall(`/admin/payments/${paymentId}/refund`, { amount })
  return amount
}
