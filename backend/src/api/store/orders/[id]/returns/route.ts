import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadAfterSale, loadOrderFacts } from "../../../../../lib/returns/load-after-sale"
import { startShopperReturnWorkflow } from "../../../../../workflows/start-shopper-return"
import type { StoreStartReturnType } from "./validators"

/**
 * POST /store/orders/:id/returns — the order's owner starts a return (replaces Medusa's
 * POST /store/returns, which trusts the caller with where and how a return is received).
 */
export async function POST(req: MedusaRequest<StoreStartReturnType>, res: MedusaResponse) {
  await loadOrderFacts(req.scope, req.params.id)
  const { result } = await startShopperReturnWorkflow(req.scope).run({
    input: { order_id: req.params.id, items: req.validatedBody.items },
  })
  res.status(201).json({
    return: { id: result.id, status: result.status },
    after_sale: await loadAfterSale(req.scope, req.params.id),
  })
}
