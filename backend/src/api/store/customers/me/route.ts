import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeCustomerAccountWorkflow } from "@medusajs/medusa/core-flows"

/**
 * DELETE /store/customers/me: the signed-in shopper deletes their account (profile, saved
 * addresses, login). Medusa's remove-customer-account workflow; orders stay, as tax law requires,
 * without an account to sign in to. The storefront asks for the password first.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  await removeCustomerAccountWorkflow(req.scope).run({ input: { customerId } })
  res.status(200).json({ id: customerId, object: "customer", deleted: true })
}
