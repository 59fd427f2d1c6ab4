import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { tagsForReviewedProducts } from "../lib/reviews/review-tags"
import { REVIEWS_SHOWN_CHANGED_EVENT } from "../modules/review/events"
import { revalidateStorefrontWorkflow } from "../workflows/revalidate-storefront"

/** Staff approved, hid or answered a review: the pages showing the product's reviews regenerate. */
export default async function revalidateReviewedProducts({
  event,
  container,
}: SubscriberArgs<{ product_ids?: string[] }>) {
  const tags = await tagsForReviewedProducts(
    container.resolve(ContainerRegistrationKeys.QUERY),
    event.data?.product_ids ?? []
  )
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`storefront revalidation for ${event.name}: ${tags.join(", ")}`)
  if (tags.length) {
    await revalidateStorefrontWorkflow(container).run({ input: { tags } })
  }
}

export const config: SubscriberConfig = { event: REVIEWS_SHOWN_CHANGED_EVENT }
