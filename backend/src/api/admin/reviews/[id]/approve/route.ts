import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateReviewWorkflow } from "../../../../../workflows/moderate-review"
import { answerReview } from "../../answer"

/** POST /admin/reviews/:id/approve — staff approve a review. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await moderateReviewWorkflow(req.scope).run({ input: { id: req.params.id, status: "approved" } })
  await answerReview(req, res, result.id)
}
