import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ReviewStatus } from "@lacremeluxe/shared"
import { reviewService, snapshotOf, type ReviewRecord } from "./review-snapshot"

export type ReviewChanges = { id: string; status?: ReviewStatus; reply?: string | null; replied_at?: Date | null }

/** Staff change a review (status, reply); compensation writes the review back as it was. */
export const updateReviewStep = createStep(
  "update-review",
  async (changes: ReviewChanges, { container }) => {
    const service = reviewService(container)
    const before = (await service.retrieveReview(changes.id)) as ReviewRecord
    const after = (await service.updateReviews(changes)) as ReviewRecord
    return new StepResponse({ before, after }, snapshotOf(before))
  },
  async (before, { container }) => {
    if (before) await reviewService(container).updateReviews(before)
  }
)
