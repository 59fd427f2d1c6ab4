import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import type { StoreCreateCartType } from "@medusajs/medusa/api/store/carts/validators"
import { openCartWorkflow } from "../../../workflows/open-cart"

/**
 * POST /store/new-carts — Medusa's `POST /store/carts` (same body, same `fields`, same answer, the
 * same middlewares: the publishable key's sales channel, the signed-in shopper as the cart's
 * customer) through `openCartWorkflow`, which skips the refreshes a new cart cannot need. Medusa
 * advises replicating a route rather than overriding it; its own stays as it is.
 */
export async function POST(req: MedusaStoreRequest<StoreCreateCartType>, res: MedusaResponse) {
  const { result } = await openCartWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context?.actor_id } as never,
  })
  const cart = await refetchCart(result.id, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart })
}
