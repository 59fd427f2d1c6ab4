import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { Locale } from "@lacremeluxe/shared"
import { loadRefillOrder } from "../../../lib/alerts/load"
import { estimateRefill } from "../../../lib/alerts/refill-estimate"

export type RefillPlan = {
  order_id: string
  email: string
  customer_id: string | null
  country_code: string
  /** The order's language: the lines' titles are in it, and so is the e-mail. */
  locale: Locale
  runs_out_at: Date
  send_at: Date
  items: { variant_id: string; quantity: number; title: string; runs_out_at: string }[]
}

/** When the order's lines run out (size, amount per use, the routine's uses a week). Reads only. */
export const estimateRefillStep = createStep("estimate-refill", async (orderId: string, { container }) => {
  const order = await loadRefillOrder(container, orderId)
  if (order.canceled) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order was canceled: there is nothing to refill.")
  }
  const estimate = estimateRefill(order.lines, order.created_at)
  if (!estimate || !order.email) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Nothing in this order has a size and an amount per use to estimate when it runs out, so there is nothing to remind you of."
    )
  }
  const plan: RefillPlan = {
    order_id: order.id,
    email: order.email,
    customer_id: order.customer_id,
    country_code: order.country_code,
    locale: order.locale,
    runs_out_at: estimate.runs_out_at,
    send_at: estimate.send_at,
    items: estimate.lines.map((line) => ({
      variant_id: line.variant_id,
      quantity: line.quantity,
      title: line.title,
      runs_out_at: line.runs_out_at.toISOString(),
    })),
  }
  return new StepResponse(plan)
})
