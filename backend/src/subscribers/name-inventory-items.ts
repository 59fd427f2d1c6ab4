import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { nameInventoryItemsWorkflow } from "../workflows/name-inventory-items"

/**
 * A variant created in Medusa Admin gets an inventory item titled only with its size ("50 ml"):
 * name it after the product too, as the seed does.
 */
export default async function nameInventoryItems({ event, container }: SubscriberArgs<{ id: string }>) {
  await nameInventoryItemsWorkflow(container).run({ input: { variant_ids: [event.data.id] } })
}

export const config: SubscriberConfig = { event: "product-variant.created" }
