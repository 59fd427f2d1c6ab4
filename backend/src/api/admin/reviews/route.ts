import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminReviewsQuery } from "@lacremeluxe/shared"
import { toAdminReview } from "../../../lib/reviews/admin-review"
import type { ReviewRow } from "../../../lib/reviews/load-reviews"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

/** GET /admin/reviews?status=&product_id=&limit=&offset= — reviews for moderation, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminReviewsQuery>, res: MedusaResponse) {
  const { status, product_id, limit, offset } = req.validatedQuery as AdminReviewsQuery
  const [rows, count] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews(
      { ...(status ? { status } : {}), ...(product_id ? { product_id } : {}) },
      { order: { submitted_at: "DESC", id: "DESC" }, skip: offset, take: limit }
    )
  const productIds = [...new Set(rows.map((row) => row.product_id))]
  const { data: products } = productIds.length
    ? await req.scope
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds }, withDeleted: true })
    : { data: [] }
  const titles = new Map(products.map((product) => [product.id, product.title]))
  const reviews = (rows as unknown as ReviewRow[]).map((row) =>
    toAdminReview({ ...row, product: titles.has(row.product_id) ? { title: titles.get(row.product_id)! } : null })
  )
  res.json({ reviews, count, limit, offset })
}
