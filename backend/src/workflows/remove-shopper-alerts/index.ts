import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteShopperAlertsStep, type ShopperOfAlerts } from "./steps/delete-shopper-alerts"

/**
 * A deleted account takes its back-in-stock alerts and refill reminders with it (run by the
 * `customer.deleted` subscriber after Medusa's remove-customer-account workflow).
 */
export const removeShopperAlertsWorkflow = createWorkflow("remove-shopper-alerts", (input: ShopperOfAlerts) => {
  return new WorkflowResponse(deleteShopperAlertsStep(input))
})
