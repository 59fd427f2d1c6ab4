import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALERTS_MODULE } from "../../../modules/alerts"
import type AlertsModuleService from "../../../modules/alerts/service"
import type { RefillReminderRecord, StockAlertRecord } from "../../../modules/alerts/types"

export type ShopperOfAlerts = { customer_id: string; email: string | null }

/**
 * Deletes (for good) a shopper's back-in-stock alerts and refill reminders: those made while
 * signed in and those made with the account's e-mail address. The compensation recreates them.
 */
export const deleteShopperAlertsStep = createStep(
  "delete-shopper-alerts",
  async ({ customer_id, email }: ShopperOfAlerts, { container }) => {
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    const whose = email ? { $or: [{ customer_id }, { email }] } : { customer_id }
    const stock = await alerts.listStockAlerts(whose, { take: 10_000 })
    const refills = await alerts.listRefillReminders(whose, { take: 10_000 })
    if (stock.length) await alerts.deleteStockAlerts(stock.map((alert) => alert.id))
    if (refills.length) await alerts.deleteRefillReminders(refills.map((reminder) => reminder.id))
    return new StepResponse({ alerts: stock.length, reminders: refills.length }, { stock, refills })
  },
  async (deleted, { container }) => {
    if (!deleted) return
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    const strip = <T extends { created_at?: unknown; updated_at?: unknown; deleted_at?: unknown }>(row: T) => {
      const { created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = row
      return rest
    }
    if (deleted.stock.length) await alerts.createStockAlerts(deleted.stock.map(strip) as StockAlertRecord[])
    if (deleted.refills.length) await alerts.createRefillReminders(deleted.refills.map(strip) as RefillReminderRecord[])
  }
)
