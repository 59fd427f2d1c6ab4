import type { MedusaContainer } from "@medusajs/framework/types"
import { sendFailedMailsWorkflow } from "../workflows/send-failed-mails"

/**
 * Every ten minutes, the order e-mails whose send failed are sent again. Covers what the event
 * bus's retries did not (SMTP down for longer, or running without Redis, whose local event bus
 * never retries). Runs where scheduled jobs run: MEDUSA_WORKER_MODE shared or worker.
 */
export default async function sendFailedMails(container: MedusaContainer) {
  const { result } = await sendFailedMailsWorkflow(container).run({ input: { now: new Date() } })
  if (result.length) {
    container.resolve("logger").info(`Sent ${result.length} e-mail(s) again that had failed: ${result.join(", ")}`)
  }
}

export const config = { name: "send-failed-mails", schedule: "*/10 * * * *" }
