import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadOrdersFacts, presentAfterSale } from "../../../../../lib/returns/load-after-sale"

/**
 * GET /store/customers/me/order-states — the signed-in shopper's orders' after-sale states, for
 * the account's order history (one call instead of one per order). Medusa requires the
 * customer's token on /store/customers/me/*; only their own orders are read.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { take: 50, order: { created_at: "DESC" } },
  })
  const now = new Date()
  const orders = await loadOrdersFacts(
    req.scope,
    data.map((o) => o.id)
  )
  res.json({ order_states: orders.map((order) => presentAfterSale(order, now)) })
}
