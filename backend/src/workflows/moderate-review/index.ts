import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitIfShownChanged } from "../steps/emit-reviews-shown-changed"
import { updateReviewStep } from "../steps/update-review"

export type ModerateReviewInput = { id: string; status: "approved" | "rejected" }

/** Staff approve or reject a review; the product's pages change when it appears or disappears. */
export const moderateReviewWorkflow = createWorkflow("moderate-review", (input: ModerateReviewInput) => {
  const change = updateReviewStep(transform({ input }, ({ input }) => ({ id: input.id, status: input.status })))
  emitIfShownChanged(change)
  return new WorkflowResponse(transform({ change }, ({ change }) => change.after))
})
