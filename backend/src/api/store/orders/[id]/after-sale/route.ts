import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadAfterSale } from "../../../../../lib/returns/load-after-sale"

/**
 * GET /store/orders/:id/after-sale — fulfilment, shipments with tracking, delivery, returns,
 * refunds, and whether (until when, which items) a return can be started. The owner only: the
 * `ownedBy` middleware hides a registered shopper's order from every other token.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ after_sale: await loadAfterSale(req.scope, req.params.id) })
}
