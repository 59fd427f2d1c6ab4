import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
  when,
} from "@medusajs/framework/workflows-sdk"
import { ALERTS_MODULE } from "../../modules/alerts"
import type AlertsModuleService from "../../modules/alerts/service"
import { updateRefillRemindersStep, updateStockAlertsStep } from "../steps/update-alert-status"

export type UnsubscribeInput = { kind: "alert" | "refill"; id: string }

/** Whether the record is still open (an alert not ended, a reminder still scheduled). Reads only. */
const findOpenStep = createStep("find-open-subscription", async ({ kind, id }: UnsubscribeInput, { container }) => {
  const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
  const open =
    kind === "alert"
      ? (await alerts.listStockAlerts({ id, status: ["pending", "confirmed"] }, { take: 1 })).length > 0
      : (await alerts.listRefillReminders({ id, status: "scheduled" }, { take: 1 })).length > 0
  return new StepResponse(open)
})

/**
 * The unsubscribe link of an alert or reminder e-mail (no login; or the account's opt-out): the
 * alert ends, the reminder is canceled. Following it twice changes nothing.
 */
export const unsubscribeFromMailWorkflow = createWorkflow("unsubscribe-from-mail", (input: UnsubscribeInput) => {
  const open = findOpenStep(input)
  when({ open, input }, ({ open, input }) => open && input.kind === "alert").then(() => {
    updateStockAlertsStep(transform({ input }, ({ input }) => ({ ids: [input.id], status: "ended" as const })))
  })
  when({ open, input }, ({ open, input }) => open && input.kind === "refill").then(() => {
    updateRefillRemindersStep(transform({ input }, ({ input }) => ({ ids: [input.id], status: "canceled" as const })))
  })
  return new WorkflowResponse(open)
})
