import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import AlertsModule from "../modules/alerts"

/** A refill reminder's order (read-only: the reminder keeps the order's id). */
export default defineLink(
  { linkable: AlertsModule.linkable.refillReminder, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
