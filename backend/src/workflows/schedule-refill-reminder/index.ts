import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { estimateRefillStep } from "./steps/estimate-refill"
import { saveRefillReminderStep } from "./steps/save-refill-reminder"

/**
 * The shopper opts in to a refill reminder for an order (the checkbox at checkout, or the order
 * page): estimate when its lines run out, and schedule the one e-mail a few days before.
 */
export const scheduleRefillReminderWorkflow = createWorkflow(
  "schedule-refill-reminder",
  (input: { order_id: string }) => {
    const plan = estimateRefillStep(input.order_id)
    return new WorkflowResponse(saveRefillReminderStep(plan))
  }
)
