import type { CartShippingChoice } from "@lacremeluxe/shared"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { chooseShippingMethodWorkflow } from "../../../../../workflows/choose-shipping-method"

/**
 * POST /store/carts/:id/shipping-method — the shipping method the checkout page preselects or the
 * shopper picks, priced for the cart's address (`chooseShippingMethodWorkflow`: Medusa's
 * add-shipping-method without re-pricing the items). Answers the cart with `fields` like
 * Medusa's cart routes. Ownership: the `ownedBy` middleware.
 */
export async function POST(req: MedusaStoreRequest<CartShippingChoice>, res: MedusaResponse) {
  await chooseShippingMethodWorkflow(req.scope).run({
    input: { cart_id: req.params.id, shipping_option_id: req.validatedBody.shipping_option_id },
  })
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart })
}
