/**
 * Reviews and ratings (issue 16): the rules of a review, the bodies and queries the routes accept
 * and the answers they give. One contract for the backend, Medusa Admin, the storefront and tests.
 */
import { z } from "zod"
import { SKIN_TYPES, type SkinType } from "./skincare.js"
import { requiredText as text } from "./text.js"
import {
  REVIEW_REPLY_MAX,
  REVIEW_STATUSES,
  REVIEW_TEXT_MAX,
  REVIEW_TITLE_MAX,
  type ReviewStatus,
} from "./review-rules.js"

const pageNumber = (field: string, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${field} must be a whole number.` })
    .refine(
      (value) => Number.isInteger(value) && value >= 0 && value <= max,
      `${field} must be a whole number from 0 to ${max}.`
    )
    .default(fallback)

/** The body of `POST /store/products/:id/reviews`. */
export const StoreCreateReview = z.strictObject({
  // Any value, refused with one sentence: zod's own type message would be rewritten by Medusa.
  rating: z
    .unknown()
    .refine(
      (value) => typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5,
      "The rating must be a number of stars from 1 to 5."
    )
    .transform((value) => value as number),
  title: text("The title", REVIEW_TITLE_MAX),
  text: text("The review", REVIEW_TEXT_MAX),
  skin_type: z
    .string()
    .refine((value): value is SkinType => (SKIN_TYPES as readonly string[]).includes(value), {
      message: `Choose a skin type from: ${SKIN_TYPES.join(", ")}.`,
    })
    .nullable()
    .optional(),
})
export type StoreCreateReview = z.infer<typeof StoreCreateReview>

/** The query of `GET /store/products/:id/reviews`. */
export const StoreReviewsQuery = z.strictObject({
  limit: pageNumber("limit", 50, 10),
  offset: pageNumber("offset", 100_000, 0),
})
export type StoreReviewsQuery = z.infer<typeof StoreReviewsQuery>

/** The query of `GET /admin/reviews`. */
export const AdminReviewsQuery = z.strictObject({
  status: z
    .string()
    .refine((value): value is ReviewStatus => (REVIEW_STATUSES as readonly string[]).includes(value), {
      message: `The status must be one of: ${REVIEW_STATUSES.join(", ")}.`,
    })
    .optional(),
  product_id: z.string().min(1).max(64).optional(),
  limit: pageNumber("limit", 100, 20),
  offset: pageNumber("offset", 100_000, 0),
})
export type AdminReviewsQuery = z.infer<typeof AdminReviewsQuery>

/** The body of `POST /admin/reviews/:id/reply`. */
export const AdminReviewReply = z.strictObject({ reply: text("The reply", REVIEW_REPLY_MAX) })
export type AdminReviewReply = z.infer<typeof AdminReviewReply>

/** A product's approved reviews in figures. `of_set`: a step set's figures are its components'. */
export type RatingSummary = {
  /** Mean of the ratings, one decimal; null without reviews. */
  average: number | null
  count: number
  /** Reviews per star, "1" to "5". */
  per_star: Record<"1" | "2" | "3" | "4" | "5", number>
  of_set?: boolean
}

/** A review as shoppers see it: never the author's e-mail or account. */
export type StoreReview = {
  id: string
  rating: number
  title: string
  text: string
  skin_type: SkinType | null
  author: string | null
  verified_buyer: boolean
  created_at: string
  reply: string | null
  replied_at: string | null
}

/** The answer of `GET /store/products/:id/reviews`. */
export type StoreReviewsResponse = RatingSummary & {
  reviews: StoreReview[]
  limit: number
  offset: number
}

/** A review as staff see it in Medusa Admin. */
export type AdminReview = StoreReview & {
  status: ReviewStatus
  product_id: string
  product_title: string | null
  customer_id: string | null
}

/** Figures from ratings (pure; the store and the admin widget use it). */
export function summariseRatings(ratings: readonly number[]): RatingSummary {
  const per_star = { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 }
  for (const rating of ratings) {
    const star = String(rating) as keyof typeof per_star
    if (star in per_star) per_star[star] += 1
  }
  const average = ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10 : null
  return { average, count: ratings.length, per_star }
}
