import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifyStorefrontStep } from "./steps/notify-storefront"

export const revalidateStorefrontWorkflow = createWorkflow("revalidate-storefront", (input: { tags: string[] }) => {
  const notified = notifyStorefrontStep(input.tags)
  return new WorkflowResponse(notified)
})
