import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MailLinkRequest } from "@lacremeluxe/shared"
import { openLink } from "../../../../lib/alerts/open-link"
import { unsubscribeFromMailWorkflow } from "../../../../workflows/unsubscribe-from-mail"

/**
 * POST /store/alerts/unsubscribe { token }: the unsubscribe link of any alert or refill e-mail,
 * without logging in: every open back-in-stock alert (or every scheduled refill reminder) of that
 * address stops. Twice is fine: the second time there is nothing left to stop.
 */
export async function POST(req: MedusaRequest<MailLinkRequest>, res: MedusaResponse) {
  const { purpose, id } = openLink(["unsubscribe-alert", "unsubscribe-refill"], req.validatedBody.token)
  const kind = purpose === "unsubscribe-alert" ? "alert" : "refill"
  const { result: stopped } = await unsubscribeFromMailWorkflow(req.scope).run({
    input: { kind, id, everyOfAddress: true },
  })
  const what = kind === "alert" ? "back-in-stock alerts" : "refill reminders"
  res.json({
    unsubscribed: true,
    stopped,
    message: stopped
      ? `You are unsubscribed: no more ${what} will be e-mailed to this address.`
      : `There was nothing left to stop: no ${what} will be e-mailed to this address.`,
  })
}
