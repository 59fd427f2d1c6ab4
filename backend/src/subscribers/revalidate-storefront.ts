import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REVALIDATING_EVENTS, tagsForEvent, tagsForProducts } from "../lib/storefront/cache-tags"
import { productsWhoseStockMoved } from "../lib/storefront/stock-tags"
import { revalidateStorefrontWorkflow } from "../workflows/revalidate-storefront"

type EventData = { id?: string; order_id?: string } | undefined

async function tagsFor({ event, container }: SubscriberArgs<EventData>): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const moved = await productsWhoseStockMoved(query, event.name, event.data)
  return moved ? tagsForProducts(moved) : tagsForEvent(event.name)
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
