import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEVEL_EVENTS, STOCK_BACK_EVENTS } from "../lib/storefront/cache-tags"
import { productsWhoseStockMoved } from "../lib/storefront/stock-tags"
import { notifyBackInStockWorkflow } from "../workflows/notify-back-in-stock"

type EventData = { id?: string; order_id?: string } | undefined

/**
 * Stock came back (a cancel, a return, staff restocking): the products the storefront's own rule
 * says flipped or were restocked are checked for confirmed alerts whose variant is sellable again.
 * Not on a placed order: it only takes stock, so it can make nothing sellable again (and each
 * order would read its stock twice, here and in the storefront's revalidation: issue 14).
 */
export default async function backInStock({ event, container }: SubscriberArgs<EventData>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = await productsWhoseStockMoved(query, event.name, event.data)
  if (handles?.length) {
    await notifyBackInStockWorkflow(container).run({ input: { handles } })
  }
}

export const config: SubscriberConfig = { event: [...STOCK_BACK_EVENTS, ...LEVEL_EVENTS] }
