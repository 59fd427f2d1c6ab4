import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitIfShownChanged } from "../steps/emit-reviews-shown-changed"
import { updateReviewStep } from "../steps/update-review"

export type ReplyToReviewInput = { id: string; reply: string }

/** Staff answer a review; the reply shows under it (once approved), with its date. */
export const replyToReviewWorkflow = createWorkflow("reply-to-review", (input: ReplyToReviewInput) => {
  const change = updateReviewStep(
    transform({ input }, ({ input }) => ({ id: input.id, reply: input.reply, replied_at: new Date() }))
  )
  emitIfShownChanged(change)
  return new WorkflowResponse(transform({ change }, ({ change }) => change.after))
})
