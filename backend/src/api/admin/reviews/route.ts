import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminReviewsQuery } from "@lacremeluxe/shared"
import { toAdminReview, type AdminReviewRow } from "../../../lib/reviews/admin-review"

/** GET /admin/reviews?status=&product_id=&limit=&offset= — reviews for moderation, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminReviewsQuery>, res: MedusaResponse) {
  const { status, product_id, limit, offset } = req.validatedQuery as AdminReviewsQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "review",
    fields: ["*", "product.title"],
    filters: { ...(status ? { status } : {}), ...(product_id ? { product_id } : {}) },
    pagination: { skip: offset, take: limit, order: { submitted_at: "DESC" } },
  })
  res.json({
    reviews: (data as AdminReviewRow[]).map(toAdminReview),
    count: metadata?.count ?? data.length,
    limit,
    offset,
  })
}
