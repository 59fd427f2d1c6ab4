import "server-only"
import { productTag, type StoreReviewsResponse } from "@lacremeluxe/shared"
import { medusa } from "./medusa"
import { PUBLIC_REVALIDATE_SECONDS } from "../util/tags"

/** How many reviews a product page shows (newest first). */
export const REVIEWS_ON_PAGE = 10

/**
 * A product's approved reviews with their figures. Cached with the product's tag: they change
 * only when staff approve, reject or answer one, which revalidates that tag.
 */
export async function getProductReviews(productId: string, handle: string): Promise<StoreReviewsResponse> {
  return medusa().client.fetch<StoreReviewsResponse>(`/store/products/${encodeURIComponent(productId)}/reviews`, {
    query: { limit: REVIEWS_ON_PAGE },
    next: { tags: [productTag(handle)], revalidate: PUBLIC_REVALIDATE_SECONDS },
    cache: "force-cache",
  })
}
