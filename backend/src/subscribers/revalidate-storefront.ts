import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEVEL_EVENTS, ORDER_STOCK_EVENTS, REVALIDATING_EVENTS, tagsForEvent } from "../lib/storefront/cache-tags"
import { tagsForLevel, tagsForOrderStock } from "../lib/storefront/stock-tags"
import { revalidateStorefrontWorkflow } from "../workflows/revalidate-storefront"

type EventData = { id?: string; order_id?: string } | undefined

async function tagsFor({ event, container }: SubscriberArgs<EventData>): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const data = event.data
  if (ORDER_STOCK_EVENTS.includes(event.name)) {
    const orderId = data?.order_id ?? data?.id
    return orderId ? tagsForOrderStock(query, orderId, event.name === "order.placed" ? 1 : -1) : []
  }
  if (LEVEL_EVENTS.includes(event.name)) {
    // A level an order flow moved (fulfilment, return) is judged by the order's own event.
    return data?.id && !data.order_id ? tagsForLevel(query, data.id) : []
  }
  return tagsForEvent(event.name)
}

/**
 * Staff changed the guide, a product or a price: the storefront regenerates the pages that show
 * it. An order or a stock change: only the pages of products whose availability flipped.
 */
export default async function revalidateStorefront(args: SubscriberArgs<EventData>) {
  const tags = await tagsFor(args)
  const subject = args.event.data?.order_id ?? args.event.data?.id ?? ""
  args.container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`storefront revalidation for ${args.event.name} ${subject}: ${tags.join(", ") || "nothing"}`)
  if (tags.length) {
    const forgetQueryCache = args.event.name.startsWith("translation.")
    await revalidateStorefrontWorkflow(args.container).run({ input: { tags, forgetQueryCache } })
  }
}

export const config: SubscriberConfig = {
  event: REVALIDATING_EVENTS,
}
