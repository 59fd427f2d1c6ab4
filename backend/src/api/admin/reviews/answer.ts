import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toAdminReview } from "../../../lib/reviews/admin-review"

/** The review as the admin list shows it, after a change. */
export async function answerReview(req: MedusaRequest, res: MedusaResponse, id: string) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "review",
    fields: ["*", "product.title"],
    filters: { id },
  })
  res.json({ review: toAdminReview(data[0]) })
}
