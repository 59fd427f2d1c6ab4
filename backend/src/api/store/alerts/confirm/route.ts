import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MailLinkRequest } from "@lacremeluxe/shared"
import { openLink } from "../../../../lib/alerts/open-link"
import { confirmStockAlertWorkflow } from "../../../../workflows/confirm-stock-alert"

/** POST /store/alerts/confirm { token }: the link in a guest's confirmation e-mail (no login). */
export async function POST(req: MedusaRequest<MailLinkRequest>, res: MedusaResponse) {
  const { id } = openLink(["confirm-alert"], req.validatedBody.token)
  await confirmStockAlertWorkflow(req.scope).run({ input: { id } })
  res.json({
    alert: { status: "confirmed" },
    message: "Your alert is confirmed: we will e-mail you once, when it is back in stock.",
  })
}
