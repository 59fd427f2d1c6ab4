import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { removeShopperAlertsWorkflow } from "../workflows/remove-shopper-alerts"

/**
 * An account was deleted (DELETE /store/customers/me runs Medusa's remove-customer-account, which
 * emits customer.deleted): its alerts and reminders go too, those made with its address included.
 * A subscriber, not the deleteCustomersWorkflow hook: a hook takes one handler, and reviews need
 * the same moment.
 */
export default async function removeShopperAlerts({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email"],
    filters: { id: event.data.id },
    withDeleted: true,
  })
  const email = (data[0] as { email?: string | null } | undefined)?.email?.toLowerCase() ?? null
  await removeShopperAlertsWorkflow(container).run({ input: { customer_id: event.data.id, email } })
}

export const config: SubscriberConfig = { event: "customer.deleted" }
