import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BUNDLE_TYPE } from "../../../lib/catalog/bundles"
import { setComponents } from "../../../lib/reviews/load-reviews"
import { boughtAndDelivered, deliveredLines, type DeliveredOrderRow } from "../../../lib/reviews/verified-buyer"

/**
 * Whether the customer has an order whose delivered fulfilment held the product, on its own or
 * inside a step set (the set's products read as the set's rating reads them). A read.
 */
export const verifiedPurchaseStep = createStep(
  "verified-purchase",
  async (input: { customer_id: string; product_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.product_id",
        "items.product_type",
        "fulfillments.delivered_at",
        "fulfillments.items.line_item_id",
      ],
      filters: { customer_id: input.customer_id },
    })
    const orders = data as unknown as DeliveredOrderRow[]
    const setIds = [
      ...new Set(
        deliveredLines(orders)
          .filter((line) => line.product_type === BUNDLE_TYPE)
          .map((line) => line.product_id)
      ),
    ]
    return new StepResponse(boughtAndDelivered(orders, input.product_id, await setComponents(query, setIds)))
  }
)
