import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { boughtAndDelivered, type DeliveredOrderRow } from "../../../lib/reviews/verified-buyer"

/** Whether the customer has an order with the product whose fulfilment was delivered (a read). */
export const verifiedPurchaseStep = createStep(
  "verified-purchase",
  async (input: { customer_id: string; product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.product_id", "fulfillments.delivered_at", "fulfillments.items.line_item_id"],
      filters: { customer_id: input.customer_id },
    })
    return new StepResponse(boughtAndDelivered(data as unknown as DeliveredOrderRow[], input.product_id))
  }
)
