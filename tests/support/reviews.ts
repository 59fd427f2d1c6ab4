import { admin, adminToken, store } from "./api"
import { uniqueClient } from "./shopper"

export type ReviewBody = {
  rating?: unknown
  title?: unknown
  text?: unknown
  skin_type?: unknown
  [key: string]: unknown
}

export const aReview = (overrides: ReviewBody = {}): ReviewBody => ({
  rating: 5,
  title: "My pores look smaller",
  text: "Gentle, no tightness, and my nose looks clearer after two weeks.",
  ...overrides,
})

/**
 * A shopper writes (or rewrites) their review of a product through the Store API, as a client of
 * its own unless told (reviews are limited per client).
 */
export function writeReview(productId: string, body: ReviewBody, token?: string, headers = uniqueClient()) {
  return store(`/store/products/${productId}/reviews`, { token, body, headers })
}

/** Staff approve, reject or reply through the Admin API (the calls Medusa Admin's Reviews page makes). */
export async function moderate(reviewId: string, action: "approve" | "reject") {
  const answer = await admin(`/admin/reviews/${reviewId}/${action}`, { token: await adminToken(), body: {} })
  if (answer.status !== 200) throw new Error(`${action} failed: ${answer.status} ${JSON.stringify(answer.body)}`)
  return answer.body.review
}

export async function reply(reviewId: string, text: string) {
  return admin(`/admin/reviews/${reviewId}/reply`, { token: await adminToken(), body: { reply: text } })
}

/** Every review of a product as staff see them (all statuses). */
export async function staffReviewsOf(productId: string) {
  const { body } = await admin(`/admin/reviews?product_id=${productId}&limit=100`, { token: await adminToken() })
  return body.reviews as {
    id: string
    status: string
    customer_id: string | null
    author: string | null
    rating: number
    text: string
    skin_type: string | null
    verified_buyer: boolean
    reply: string | null
  }[]
}
