import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReviewStatus, SkinType } from "@lacremeluxe/shared"
import { reviewService, snapshotOf, type ReviewRecord, type ReviewSnapshot } from "../../steps/review-snapshot"

export type SaveReviewInput = {
  product_id: string
  customer_id: string
  author: string | null
  rating: number
  title: string
  text: string
  skin_type: SkinType | null
  verified_buyer: boolean
}

type Undo = { created: string } | { replaced: ReviewSnapshot }
type Saved = { review: ReviewRecord; previous_status: ReviewStatus | null }

/**
 * A customer's review of a product: created, or — when they reviewed it before — replaced in
 * place (one per customer and product), back to pending, without the reply to the old text.
 * Compensation deletes the new review or writes the old one back.
 */
export const saveReviewStep = createStep(
  "save-review",
  async (input: SaveReviewInput, { container }) => {
    const service = reviewService(container)
    const [existing] = await service.listReviews({ customer_id: input.customer_id, product_id: input.product_id })
    const fields = { ...input, status: "pending" as ReviewStatus, submitted_at: new Date() }
    if (existing) {
      const review = await service.updateReviews({ id: existing.id, ...fields, reply: null, replied_at: null })
      return new StepResponse(
        { review: review as ReviewRecord, previous_status: existing.status as ReviewStatus } as Saved,
        { replaced: snapshotOf(existing as ReviewRecord) } as Undo
      )
    }
    const review = await service.createReviews(fields)
    return new StepResponse(
      { review: review as ReviewRecord, previous_status: null } as Saved,
      {
        created: review.id,
      } as Undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = reviewService(container)
    if ("created" in undo) {
      await service.deleteReviews(undo.created)
    } else {
      await service.updateReviews(undo.replaced)
    }
  }
)
