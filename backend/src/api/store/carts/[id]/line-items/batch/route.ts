import type { CartBatch } from "@lacremeluxe/shared"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"

/**
 * POST /store/carts/:id/line-items/batch — several lines in one round trip: one run of Medusa's
 * addToCartWorkflow (all lines or none), answered with the cart as Medusa's line-items route does.
 * The cart's ownership is checked by the `ownedBy` middleware.
 */
export async function POST(req: MedusaStoreRequest<CartBatch>, res: MedusaResponse) {
  await addToCartWorkflow(req.scope).run({ input: { cart_id: req.params.id, items: req.validatedBody.items } })
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart })
}
