import type { MedusaContainer } from "@medusajs/framework/types"
import type { RefillReminderView } from "@lacremeluxe/shared"
import { ALERTS_MODULE } from "../../modules/alerts"
import type AlertsModuleService from "../../modules/alerts/service"
import { itemsOf } from "../../modules/alerts/types"
import { loadRefillOrder } from "./load"
import { estimateRefill } from "./refill-estimate"

/** An order's refill reminder as the order page shows it, or the estimate it would get. */
export async function refillReminderView(container: MedusaContainer, orderId: string): Promise<RefillReminderView> {
  const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
  const [reminder] = await alerts.listRefillReminders({ order_id: orderId }, { take: 1 })
  if (reminder) {
    return {
      status: reminder.status,
      send_at: new Date(reminder.send_at).toISOString(),
      lines: itemsOf(reminder.items),
      message: null,
    }
  }
  const order = await loadRefillOrder(container, orderId)
  const estimate = order.canceled ? null : estimateRefill(order.lines, order.created_at)
  return {
    status: null,
    send_at: estimate?.send_at.toISOString() ?? null,
    lines: (estimate?.lines ?? []).map((line) => ({ ...line, runs_out_at: line.runs_out_at.toISOString() })),
    message: estimate
      ? null
      : order.canceled
        ? "This order was canceled: there is nothing to refill."
        : "Nothing in this order has a size and an amount per use to estimate when it runs out.",
  }
}
