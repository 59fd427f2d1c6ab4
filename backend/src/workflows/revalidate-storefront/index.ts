import { createWorkflow, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { forgetQueryCacheStep } from "../steps/forget-query-cache"
import { notifyStorefrontStep } from "./steps/notify-storefront"

type Input = {
  tags: string[]
  /** A translation changed: Query's cache must forget it first (see forget-query-cache). */
  forgetQueryCache?: boolean
}

export const revalidateStorefrontWorkflow = createWorkflow("revalidate-storefront", (input: Input) => {
  when({ input }, ({ input }) => Boolean(input.forgetQueryCache)).then(() => {
    forgetQueryCacheStep()
  })
  const notified = notifyStorefrontStep(input.tags)
  return new WorkflowResponse(notified)
})
