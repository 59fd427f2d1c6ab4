import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ALERTS_MODULE } from "../../modules/alerts"
import type AlertsModuleService from "../../modules/alerts/service"
import { updateRefillRemindersStep, updateStockAlertsStep } from "../steps/update-alert-status"

/**
 * `id`: the alert or reminder whose e-mail had the link (or, from the account, the order's
 * reminder). `everyOfAddress`: the e-mail's link stops every open one of that address.
 */
export type UnsubscribeInput = { kind: "alert" | "refill"; id: string; everyOfAddress: boolean }

/** The open alerts (not ended) or reminders (still scheduled) to stop. Reads only. */
const findOpenStep = createStep(
  "find-open-subscriptions",
  async ({ kind, id, everyOfAddress }: UnsubscribeInput, { container }) => {
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    if (kind === "alert") {
      const [alert] = await alerts.listStockAlerts({ id }, { take: 1 })
      const open = alert
        ? await alerts.listStockAlerts(
            { ...(everyOfAddress ? { email: alert.email } : { id }), status: ["pending", "confirmed"] },
            { select: ["id"], take: 10_000 }
          )
        : []
      return new StepResponse({ alerts: open.map((a) => a.id), reminders: [] as string[] })
    }
    const [reminder] = await alerts.listRefillReminders({ id }, { take: 1 })
    const open = reminder
      ? await alerts.listRefillReminders(
          { ...(everyOfAddress ? { email: reminder.email } : { id }), status: "scheduled" },
          { select: ["id"], take: 10_000 }
        )
      : []
    return new StepResponse({ alerts: [] as string[], reminders: open.map((r) => r.id) })
  }
)

/**
 * The unsubscribe link of an alert or reminder e-mail (no login): every open alert, or every
 * scheduled reminder, of that address stops. From the account: the one order's reminder. Twice
 * changes nothing. Answers how many were stopped.
 */
export const unsubscribeFromMailWorkflow = createWorkflow("unsubscribe-from-mail", (input: UnsubscribeInput) => {
  const open = findOpenStep(input)
  updateStockAlertsStep(transform({ open }, ({ open }) => ({ ids: open.alerts, status: "ended" as const })))
  updateRefillRemindersStep(transform({ open }, ({ open }) => ({ ids: open.reminders, status: "canceled" as const })))
  return new WorkflowResponse(transform({ open }, ({ open }) => open.alerts.length + open.reminders.length))
})
