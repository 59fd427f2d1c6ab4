import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadAlertVariants } from "../../../../lib/alerts/load"
import { waitingPerVariant } from "../../../../lib/alerts/waiting"
import { ALERTS_MODULE } from "../../../../modules/alerts"
import type AlertsModuleService from "../../../../modules/alerts/service"

/** GET /admin/stock-alerts/waiting — how many shoppers wait for each sold-out variant (Low stock page). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const alerts: AlertsModuleService = req.scope.resolve(ALERTS_MODULE)
  const open = await alerts.listStockAlerts(
    { status: ["pending", "confirmed"] },
    { select: ["variant_id", "status"], take: 100_000 }
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const variants = await loadAlertVariants(query, [...new Set(open.map((alert) => alert.variant_id))])
  const waiting = waitingPerVariant(open, variants)
  res.json({ variants: waiting, count: waiting.length })
}
