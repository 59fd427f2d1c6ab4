import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refillReminderView } from "../../../../../lib/alerts/refill-view"
import { ALERTS_MODULE } from "../../../../../modules/alerts"
import type AlertsModuleService from "../../../../../modules/alerts/service"
import { scheduleRefillReminderWorkflow } from "../../../../../workflows/schedule-refill-reminder"
import { unsubscribeFromMailWorkflow } from "../../../../../workflows/unsubscribe-from-mail"

/**
 * The order's refill reminder (the order's owner only: `ownedBy` on /store/orders/:id/*):
 * GET the estimate and status, POST to opt in, DELETE to opt out.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.json({ refill_reminder: await refillReminderView(req.scope, req.params.id) })
}

export async function POST(req: MedusaRequest, res: MedusaResponse) {
  await scheduleRefillReminderWorkflow(req.scope).run({ input: { order_id: req.params.id } })
  res.json({ refill_reminder: await refillReminderView(req.scope, req.params.id) })
}

export async function DELETE(req: MedusaRequest, res: MedusaResponse) {
  const alerts: AlertsModuleService = req.scope.resolve(ALERTS_MODULE)
  const [reminder] = await alerts.listRefillReminders({ order_id: req.params.id }, { take: 1 })
  if (reminder) {
    await unsubscribeFromMailWorkflow(req.scope).run({
      input: { kind: "refill", id: reminder.id, everyOfAddress: false },
    })
  }
  res.json({ refill_reminder: await refillReminderView(req.scope, req.params.id) })
}
