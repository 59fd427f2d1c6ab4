import type { InferTypeOf } from "@medusajs/framework/types"
import type ReviewModel from "../../modules/review/models/review"
import type ReviewModuleService from "../../modules/review/service"
import { REVIEW_MODULE } from "../../modules/review"

export type ReviewRecord = InferTypeOf<typeof ReviewModel>

/** The fields a review step may change, as they were: what its compensation writes back. */
export const EDITABLE_FIELDS = [
  "id",
  "customer_id",
  "author",
  "rating",
  "title",
  "text",
  "skin_type",
  "status",
  "verified_buyer",
  "submitted_at",
  "reply",
  "replied_at",
] as const

export type ReviewSnapshot = Pick<ReviewRecord, (typeof EDITABLE_FIELDS)[number]>

export function reviewService(container: { resolve: <T>(key: string) => T }): ReviewModuleService {
  return container.resolve<ReviewModuleService>(REVIEW_MODULE)
}

export function snapshotOf(review: ReviewRecord): ReviewSnapshot {
  return Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, review[field]])) as ReviewSnapshot
}
