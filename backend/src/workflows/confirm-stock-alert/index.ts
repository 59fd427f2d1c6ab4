import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ALERTS_MODULE } from "../../modules/alerts"
import type AlertsModuleService from "../../modules/alerts/service"
import { updateStockAlertsStep } from "../steps/update-alert-status"

/** The alert a confirmation link opens; an ended one cannot be confirmed. Reads only. */
const openAlertStep = createStep("open-stock-alert", async (id: string, { container }) => {
  const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
  const [alert] = await alerts.listStockAlerts({ id }, { take: 1 })
  if (!alert) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This alert no longer exists.")
  }
  if (alert.status === "ended") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This alert has ended: sign up again on the product's page.")
  }
  return new StepResponse(alert)
})

/** A guest followed the link in the confirmation e-mail (double opt-in): the alert is confirmed. */
export const confirmStockAlertWorkflow = createWorkflow("confirm-stock-alert", (input: { id: string }) => {
  const alert = openAlertStep(input.id)
  updateStockAlertsStep(
    transform({ alert }, ({ alert }) => ({
      ids: alert.status === "pending" ? [alert.id] : [],
      status: "confirmed" as const,
    }))
  )
  return new WorkflowResponse(transform({ alert }, ({ alert }) => ({ id: alert.id, status: "confirmed" as const })))
})
