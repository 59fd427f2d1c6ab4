import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StockAlertAnswer, StockAlertRequest } from "@lacremeluxe/shared"
import { localeOf } from "../../../lib/http/locale"
import { salesChannelOf } from "../../../lib/http/sales-channel"
import { subscribeStockAlertWorkflow } from "../../../workflows/subscribe-stock-alert"

/**
 * POST /store/back-in-stock { variant_id, email }: "e-mail me when it's back" on a sold-out size
 * or set. A signed-in shopper's own address is confirmed at once; any other address gets a
 * confirmation e-mail first (double opt-in). The alert's e-mails speak the request's language
 * (Medusa's `x-medusa-locale` header or `?locale=`, as `req.locale`) and link to that language's
 * pages of `country_code`'s store. Rate-limited per client and per address.
 */
export async function POST(req: AuthenticatedMedusaRequest<StockAlertRequest>, res: MedusaResponse) {
  const { variant_id, email, country_code = "de" } = req.validatedBody
  const actor = req.auth_context?.actor_id
  let customerId: string | null = null
  if (actor) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["id", "email"], filters: { id: actor } })
    customerId = data[0]?.email?.toLowerCase() === email ? actor : null
  }
  const { result } = await subscribeStockAlertWorkflow(req.scope).run({
    input: {
      email,
      variant_id,
      customer_id: customerId,
      confirmed: customerId !== null,
      sales_channel_id: salesChannelOf(req),
      country_code,
      locale: localeOf(req),
    },
  })
  const answer: StockAlertAnswer = {
    alert: { status: result.status },
    message:
      result.status === "confirmed"
        ? `Done: we will e-mail ${email} once, when ${result.title} is back in stock.`
        : `Almost done: follow the link in the e-mail we sent to ${email} to confirm the alert.`,
  }
  res.json(answer)
}
