import type { CartCheckout } from "@lacremeluxe/shared"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { applyCheckoutDetailsWorkflow } from "../../../../../workflows/apply-checkout-details"

/**
 * POST /store/carts/:id/checkout — the checkout form in one round trip: e-mail, addresses,
 * shipping method and a payment session with `provider_id`, in one workflow (one cart refresh
 * instead of one per Medusa call). Answers the cart with `fields` like Medusa's cart routes; then
 * `POST /store/carts/:id/complete` places the order. Ownership: the `ownedBy` middleware.
 */
export async function POST(req: MedusaStoreRequest<CartCheckout>, res: MedusaResponse) {
  const { billing_address, ...details } = req.validatedBody
  await applyCheckoutDetailsWorkflow(req.scope).run({
    input: {
      ...details,
      billing_address: billing_address ?? details.shipping_address,
      cart_id: req.params.id,
      customer_id: req.auth_context?.actor_id || undefined,
    },
  })
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart })
}
