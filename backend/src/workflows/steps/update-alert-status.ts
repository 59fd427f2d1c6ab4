import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALERTS_MODULE } from "../../modules/alerts"
import type AlertsModuleService from "../../modules/alerts/service"
import type { RefillReminderStatus, StockAlertStatus } from "../../modules/alerts/types"

type Change<S> = { ids: string[]; status: S; at?: Date }

/**
 * Moves back-in-stock alerts to a status (confirmed, ended); the compensation puts each back as
 * it was, so an e-mail that fails after it leaves the alert to be tried again.
 */
export const updateStockAlertsStep = createStep(
  "update-stock-alerts",
  async ({ ids, status, at = new Date() }: Change<StockAlertStatus>, { container }) => {
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    if (!ids.length) return new StepResponse([], [])
    const before = await alerts.listStockAlerts({ id: ids }, { select: ["id", "status", "confirmed_at", "ended_at"] })
    const stamp = status === "confirmed" ? { confirmed_at: at } : status === "ended" ? { ended_at: at } : {}
    const updated = await alerts.updateStockAlerts(ids.map((id) => ({ id, status, ...stamp })))
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    await alerts.updateStockAlerts(before)
  }
)

/** Moves refill reminders to a status (sent, canceled, scheduled); undone as above. */
export const updateRefillRemindersStep = createStep(
  "update-refill-reminders",
  async ({ ids, status, at = new Date() }: Change<RefillReminderStatus>, { container }) => {
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    if (!ids.length) return new StepResponse([], [])
    const before = await alerts.listRefillReminders({ id: ids }, { select: ["id", "status", "sent_at"] })
    const updated = await alerts.updateRefillReminders(
      ids.map((id) => ({ id, status, ...(status === "sent" ? { sent_at: at } : {}) }))
    )
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    await alerts.updateRefillReminders(before)
  }
)
