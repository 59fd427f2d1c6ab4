import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Locale } from "@lacremeluxe/shared"
import { ALERTS_MODULE } from "../../../modules/alerts"
import type AlertsModuleService from "../../../modules/alerts/service"
import type { StockAlertStatus } from "../../../modules/alerts/types"

export type SaveStockAlertInput = {
  email: string
  variant_id: string
  customer_id: string | null
  /** A signed-in shopper's own address: confirmed at once; anyone else confirms by e-mail. */
  confirmed: boolean
  sales_channel_id: string
  country_code: string
  /** The request's store locale: the alert's e-mails speak it. */
  locale: Locale
}

export type SavedStockAlert = { id: string; status: StockAlertStatus; needs_confirmation_mail: boolean }

type Undo = { created?: string; previous?: { id: string; status: StockAlertStatus; confirmed_at: Date | null } }

/**
 * One open alert per address and variant: a new one is created (pending for guests), an open one
 * is kept (and confirmed, when its own signed-in shopper asks again). Undone by deleting what was
 * created or restoring what was changed.
 */
export const saveStockAlertStep = createStep(
  "save-stock-alert",
  async (input: SaveStockAlertInput, { container }) => {
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    const [open] = await alerts.listStockAlerts(
      { email: input.email, variant_id: input.variant_id, status: ["pending", "confirmed"] },
      { take: 1 }
    )
    if (open) {
      if (open.status === "pending" && input.confirmed) {
        await alerts.updateStockAlerts({
          id: open.id,
          status: "confirmed",
          confirmed_at: new Date(),
          customer_id: input.customer_id,
        })
        const undo: Undo = { previous: { id: open.id, status: "pending", confirmed_at: null } }
        return new StepResponse<SavedStockAlert, Undo>(
          { id: open.id, status: "confirmed", needs_confirmation_mail: false },
          undo
        )
      }
      return new StepResponse<SavedStockAlert, Undo>(
        { id: open.id, status: open.status, needs_confirmation_mail: false },
        {}
      )
    }
    const created = await alerts.createStockAlerts({
      email: input.email,
      variant_id: input.variant_id,
      customer_id: input.customer_id,
      sales_channel_id: input.sales_channel_id,
      country_code: input.country_code,
      locale: input.locale,
      status: input.confirmed ? "confirmed" : "pending",
      confirmed_at: input.confirmed ? new Date() : null,
    })
    return new StepResponse<SavedStockAlert, Undo>(
      { id: created.id, status: created.status, needs_confirmation_mail: !input.confirmed },
      { created: created.id }
    )
  },
  async (undo, { container }) => {
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    if (undo?.created) await alerts.deleteStockAlerts(undo.created)
    if (undo?.previous) await alerts.updateStockAlerts(undo.previous)
  }
)
