import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reviewService } from "../steps/review-snapshot"

type Authorship = { id: string; customer_id: string | null; author: string | null }

/** The customers' reviews lose their author (account and name); compensation gives them back. */
const anonymiseReviewsStep = createStep(
  "anonymise-reviews",
  async (customerIds: string[], { container }) => {
    const service = reviewService(container)
    const reviews = customerIds.length ? await service.listReviews({ customer_id: customerIds }) : []
    const before: Authorship[] = reviews.map(({ id, customer_id, author }) => ({ id, customer_id, author }))
    if (before.length) {
      await service.updateReviews(before.map(({ id }) => ({ id, customer_id: null, author: null })))
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
