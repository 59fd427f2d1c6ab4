import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderLookupType } from "./validators"

/** One sentence for every miss, so a guess never learns which half was wrong. */
export const NO_SUCH_ORDER = "We couldn't find an order with that e-mail and number."

/**
 * POST /store/order-lookup — a guest finds their order with the e-mail and order number (both
 * must match). Orders of registered shoppers are refused in the same words: they sign in to see
 * them, and the answer does not tell whether an account exists. Rate-limited like log-in.
 */
export async function POST(req: MedusaRequest<StoreOrderLookupType>, res: MedusaResponse) {
  const { email, display_id } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "customer.has_account"],
    // The generated filter type says string; the column is a number, and a number is what it gets.
    filters: { display_id: display_id as unknown as string },
  })
  const order = data.find((o) => o.email?.trim().toLowerCase() === email && !o.customer?.has_account)
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, NO_SUCH_ORDER)
  }
  res.json({ order_id: order.id })
}
