import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadLowStock } from "../../../lib/stock/load-low-stock"
import { DEFAULT_LOW_STOCK_THRESHOLD } from "../../../lib/stock/low-stock"

/**
 * GET /admin/low-stock — every inventory item with fewer available units than its threshold,
 * with stock at the warehouse and the step sets it blocks or will soon block.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const items = await loadLowStock(req.scope)
  res.json({ items, count: items.length, default_threshold: DEFAULT_LOW_STOCK_THRESHOLD })
}
