import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadDashboardSummary } from "../../../../lib/dashboard/load-summary"
import type { AdminDashboardSummaryQueryType } from "./validators"

/**
 * GET /admin/dashboard/summary?tz= — today's and the last 7 days' orders and revenue per
 * currency, orders waiting to be fulfilled, open returns and the best-selling sets of 30 days.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { tz } = req.validatedQuery as AdminDashboardSummaryQueryType
  res.json({ summary: await loadDashboardSummary(req.scope, { now: new Date(), tz }) })
}
