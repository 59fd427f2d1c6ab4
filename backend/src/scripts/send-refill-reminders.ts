import type { ExecArgs } from "@medusajs/framework/types"
import { readRuntimeConfig } from "../lib/runtime-config"
import sendRefillReminders from "../jobs/send-refill-reminders"

/**
 * Test-only trigger: runs the refill-reminder job as if scheduled for REFILL_REMINDERS_NOW
 * (`REFILL_REMINDERS_NOW=2027-01-31T09:00:00Z npx medusa exec ./src/scripts/send-refill-reminders.js`
 * in the build). Production refuses the setting at start (lib/runtime-config.ts), and this script
 * refuses to run there at all: the job runs by its schedule only.
 */
export default async function sendRefillRemindersAt({ container }: ExecArgs) {
  const config = readRuntimeConfig(process.env)
  if (config.isProduction) {
    throw new Error("send-refill-reminders is a test trigger and is refused in production: the job runs hourly.")
  }
  if (!config.refillRemindersNow) {
    throw new Error("Set REFILL_REMINDERS_NOW to the date and time the job should take as now.")
  }
  await sendRefillReminders(container, { scheduledFor: config.refillRemindersNow })
  console.log(`send-refill-reminders: ran as of ${config.refillRemindersNow.toISOString()}`)
}
