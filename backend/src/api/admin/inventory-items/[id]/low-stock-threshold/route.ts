import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { thresholdOf } from "../../../../../lib/stock/low-stock"
import { setLowStockThresholdWorkflow } from "../../../../../workflows/set-low-stock-threshold"
import type { AdminSetLowStockThresholdType } from "./validators"

/** POST /admin/inventory-items/:id/low-stock-threshold — below this many available units the item is listed as low. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSetLowStockThresholdType>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "inventory_item", fields: ["id"], filters: { id: req.params.id } })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Inventory item ${req.params.id} was not found.`)
  }
  const { result } = await setLowStockThresholdWorkflow(req.scope).run({
    input: { inventory_item_id: req.params.id, threshold: req.validatedBody.threshold },
  })
  const item = result[0]
  res.json({
    inventory_item: {
      id: item.id,
      title: item.title ?? null,
      metadata: item.metadata ?? null,
      low_stock_threshold: thresholdOf(item.metadata),
    },
  })
}
