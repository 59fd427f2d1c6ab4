import { deleteCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { anonymiseCustomerReviewsWorkflow } from "../anonymise-customer-reviews"

/**
 * Deleting an account (DELETE /store/customers/me → removeCustomerAccountWorkflow, or staff in
 * Medusa Admin) anonymises the customer's reviews. Medusa allows one handler per hook: other
 * clean-ups on account deletion belong in this handler too.
 */
deleteCustomersWorkflow.hooks.customersDeleted(async ({ ids }, { container }) => {
  await anonymiseCustomerReviewsWorkflow(container).run({ input: { customer_ids: ids } })
})
