import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminReviewReply } from "@lacremeluxe/shared"
import { replyToReviewWorkflow } from "../../../../../workflows/reply-to-review"
import { answerReview } from "../../answer"

/** POST /admin/reviews/:id/reply — staff answer a review; shown under it on the product page. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReviewReply>, res: MedusaResponse) {
  const { result } = await replyToReviewWorkflow(req.scope).run({
    input: { id: req.params.id, reply: req.validatedBody.reply },
  })
  await answerReview(req, res, result.id)
}
