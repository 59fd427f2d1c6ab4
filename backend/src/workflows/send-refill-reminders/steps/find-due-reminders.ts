import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ALERTS_MODULE } from "../../../modules/alerts"
import type AlertsModuleService from "../../../modules/alerts/service"

/** At most this many reminders go out per run; the next run takes the rest. */
export const REMINDERS_PER_RUN = 200

/** Scheduled reminders whose day has come by `now`. Reads only. */
export const findDueRemindersStep = createStep("find-due-reminders", async (now: Date, { container }) => {
  const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
  const due = await alerts.listRefillReminders(
    { status: "scheduled", send_at: { $lte: new Date(now) } },
    { take: REMINDERS_PER_RUN, order: { send_at: "ASC" } }
  )
  return new StepResponse(due)
})
