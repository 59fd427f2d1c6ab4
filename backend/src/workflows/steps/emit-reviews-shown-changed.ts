import { transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { REVIEWS_SHOWN_CHANGED_EVENT } from "../../modules/review/events"
import type { ReviewRecord } from "./review-snapshot"

/**
 * Inside a workflow: when what shoppers see of the review changed (it is or was approved), the
 * storefront regenerates the product's pages.
 */
export function emitIfShownChanged(change: WorkflowData<{ before: ReviewRecord; after: ReviewRecord }>) {
  when({ change }, ({ change }) => change.before.status === "approved" || change.after.status === "approved").then(
    () => {
      emitEventStep({
        eventName: REVIEWS_SHOWN_CHANGED_EVENT,
        data: transform({ change }, ({ change }) => ({ product_ids: [change.after.product_id] })),
      })
    }
  )
}
