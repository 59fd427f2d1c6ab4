import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MailLinkRequest } from "@lacremeluxe/shared"
import { openLink } from "../../../../lib/alerts/open-link"
import { unsubscribeFromMailWorkflow } from "../../../../workflows/unsubscribe-from-mail"

/**
 * POST /store/alerts/unsubscribe { token }: the unsubscribe link of any alert or refill e-mail,
 * without logging in. Twice is fine: the second time there is nothing left to end.
 */
export async function POST(req: MedusaRequest<MailLinkRequest>, res: MedusaResponse) {
  const { purpose, id } = openLink(["unsubscribe-alert", "unsubscribe-refill"], req.validatedBody.token)
  const kind = purpose === "unsubscribe-alert" ? "alert" : "refill"
  const { result: wasOpen } = await unsubscribeFromMailWorkflow(req.scope).run({ input: { kind, id } })
  const what = kind === "alert" ? "back-in-stock alert" : "refill reminder"
  res.json({
    unsubscribed: true,
    message: wasOpen
      ? `You are unsubscribed: this ${what} sends you no more e-mail.`
      : `This ${what} had already ended: you get no more e-mail from it.`,
  })
}
