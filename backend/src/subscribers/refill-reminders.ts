import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REFILL_REMINDER_METADATA_KEY } from "@lacremeluxe/shared"
import { ALERTS_MODULE } from "../modules/alerts"
import type AlertsModuleService from "../modules/alerts/service"
import { scheduleRefillReminderWorkflow } from "../workflows/schedule-refill-reminder"
import { unsubscribeFromMailWorkflow } from "../workflows/unsubscribe-from-mail"

/**
 * An order placed with the checkout's refill box ticked (the cart's metadata, copied to the order)
 * gets its reminder scheduled; a canceled order's reminder is canceled.
 */
export default async function refillReminders({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderId = event.data.id
  if (event.name === "order.canceled") {
    const alerts: AlertsModuleService = container.resolve(ALERTS_MODULE)
    const [reminder] = await alerts.listRefillReminders({ order_id: orderId, status: "scheduled" }, { take: 1 })
    if (reminder) {
      await unsubscribeFromMailWorkflow(container).run({
        input: { kind: "refill", id: reminder.id, everyOfAddress: false },
      })
    }
    return
  }
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: orderId } })
  if (data[0]?.metadata?.[REFILL_REMINDER_METADATA_KEY] !== true) return
  try {
    await scheduleRefillReminderWorkflow(container).run({ input: { order_id: orderId } })
  } catch (error) {
    // Nothing to estimate (no sizes or facts): the box had no effect; the order page says so.
    if ((error as MedusaError).type !== MedusaError.Types.NOT_ALLOWED) throw error
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`No refill reminder for ${orderId}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: ["order.placed", "order.canceled"] }
