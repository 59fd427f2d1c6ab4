import type { MedusaContainer } from "@medusajs/framework/types"
import type { ScheduledJobContext } from "@medusajs/framework/jobs"
import { sendRefillRemindersWorkflow } from "../workflows/send-refill-reminders"

/**
 * Every hour, the refill reminders whose day has come (a few days before an order's first line
 * runs out) are e-mailed, once each. "Now" is the time the run was scheduled for, so a late run
 * judges as the planned one would. Runs in the worker (MEDUSA_WORKER_MODE shared or worker);
 * tests run it with a chosen now through `scripts/send-refill-reminders.ts`.
 */
export default async function sendRefillReminders(container: MedusaContainer, context?: ScheduledJobContext) {
  const now = context?.scheduledFor ?? new Date()
  const { result } = await sendRefillRemindersWorkflow(container).run({ input: { now } })
  if (result.length) {
    container.resolve("logger").info(`Sent ${result.length} refill reminder(s): ${result.join(", ")}`)
  }
}

export const config = { name: "send-refill-reminders", schedule: "0 * * * *" }
