import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { REVALIDATING_EVENTS, tagsForEvent } from "../lib/storefront/cache-tags"
import { revalidateStorefrontWorkflow } from "../workflows/revalidate-storefront"

/** Staff changed the guide, a product, a price or stock: the storefront regenerates its pages. */
export default async function revalidateStorefront({ event, container }: SubscriberArgs<unknown>) {
  const tags = tagsForEvent(event.name)
  if (tags.length) {
    await revalidateStorefrontWorkflow(container).run({ input: { tags } })
  }
}

export const config: SubscriberConfig = {
  event: REVALIDATING_EVENTS,
}
