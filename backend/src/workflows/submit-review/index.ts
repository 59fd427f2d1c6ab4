import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { REVIEWS_SHOWN_CHANGED_EVENT } from "../../modules/review/events"
import { saveReviewStep, type SaveReviewInput } from "./steps/save-review"
import { verifiedPurchaseStep } from "./steps/verified-purchase"

export type SubmitReviewInput = Omit<SaveReviewInput, "verified_buyer">

/**
 * A signed-in shopper reviews a product: marked verified buyer when an order of theirs with the
 * product was delivered; created or replacing their earlier review; pending until staff approve.
 * Replacing an approved review takes it off the product's page: the storefront regenerates it.
 */
export const submitReviewWorkflow = createWorkflow("submit-review", (input: SubmitReviewInput) => {
  const verified = verifiedPurchaseStep({ customer_id: input.customer_id, product_id: input.product_id })
  const saved = saveReviewStep(
    transform({ input, verified }, ({ input, verified }) => ({ ...input, verified_buyer: verified }))
  )
  when({ saved }, ({ saved }) => saved.previous_status === "approved").then(() => {
    emitEventStep({
      eventName: REVIEWS_SHOWN_CHANGED_EVENT,
      data: transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })),
    })
  })
  return new WorkflowResponse(transform({ saved }, ({ saved }) => saved.review))
})
