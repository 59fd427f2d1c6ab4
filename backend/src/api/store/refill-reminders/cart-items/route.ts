import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MailLinkRequest, RefillCartItems } from "@lacremeluxe/shared"
import { openLink } from "../../../../lib/alerts/open-link"
import { ALERTS_MODULE } from "../../../../modules/alerts"
import type AlertsModuleService from "../../../../modules/alerts/service"
import { itemsOf } from "../../../../modules/alerts/types"

/**
 * POST /store/refill-reminders/cart-items { token }: what a refill e-mail's link puts in a cart
 * (the storefront adds them with POST /store/carts/:id/line-items/batch). Variants deleted since
 * the order are left out.
 */
export async function POST(req: MedusaRequest<MailLinkRequest>, res: MedusaResponse) {
  const { id } = openLink(["refill-cart"], req.validatedBody.token)
  const alerts: AlertsModuleService = req.scope.resolve(ALERTS_MODULE)
  const [reminder] = await alerts.listRefillReminders({ id }, { take: 1 })
  if (!reminder) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This refill reminder no longer exists.")
  }
  const items = itemsOf(reminder.items)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id"],
    filters: { id: items.map((item) => item.variant_id) },
  })
  const existing = new Set((data as { id: string }[]).map((variant) => variant.id))
  const answer: RefillCartItems = {
    items: items
      .filter((item) => existing.has(item.variant_id))
      .map((item) => ({ variant_id: item.variant_id, quantity: item.quantity })),
  }
  res.json(answer)
}
