import type { ExecArgs } from "@medusajs/framework/types"
import { sendFailedMailsWorkflow } from "../workflows/send-failed-mails"

/**
 * Sends the failed order e-mails again now, as the scheduled job does every ten minutes (e.g.
 * right after fixing SMTP): `npx medusa exec ./src/scripts/send-failed-mails.js` in the build.
 */
export default async function sendFailedMails({ container }: ExecArgs) {
  const { result } = await sendFailedMailsWorkflow(container).run({ input: { now: new Date() } })
  console.log(`send-failed-mails: sent ${result.length}${result.length ? `: ${result.join(", ")}` : ""}`)
}
