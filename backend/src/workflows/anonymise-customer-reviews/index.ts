import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { SkinType } from "@lacremeluxe/shared"
import { reviewService } from "../steps/review-snapshot"

type Authorship = { id: string; customer_id: string | null; author: string | null; skin_type: SkinType | null }

/**
 * The customers' reviews lose what says who wrote them — account, name and skin type, as the
 * privacy page promises; compensation gives them back.
 */
const anonymiseReviewsStep = createStep(
  "anonymise-reviews",
  async (customerIds: string[], { container }) => {
    const service = reviewService(container)
    const reviews = customerIds.length ? await service.listReviews({ customer_id: customerIds }) : []
    const before: Authorship[] = reviews.map(({ id, customer_id, author, skin_type }) => ({
      id,
      customer_id,
      author,
      skin_type: skin_type as SkinType | null,
    }))
    if (before.length) {
      await service.updateReviews(before.map(({ id }) => ({ id, customer_id: null, author: null, skin_type: null })))
    }
    return new StepResponse(before.length, before)
  },
  async (before, { container }) => {
    if (before?.length) await reviewService(container).updateReviews(before)
  }
)

/**
 * A deleted account's reviews stay (their ratings count) but no longer say who wrote them. Run
 * from the customersDeleted hook of Medusa's delete-customers workflow (workflows/hooks/).
 */
export const anonymiseCustomerReviewsWorkflow = createWorkflow(
  "anonymise-customer-reviews",
  (input: { customer_ids: string[] }) => new WorkflowResponse(anonymiseReviewsStep(input.customer_ids))
)
