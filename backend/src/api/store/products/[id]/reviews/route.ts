import type { AuthenticatedMedusaRequest, MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { SkinType, StoreCreateReview, StoreReviewsQuery } from "@lacremeluxe/shared"
import { salesChannelOf } from "../../../../../lib/http/sales-channel"
import {
  loadStoreReviews,
  shopperProduct,
  toStoreReview,
  type ReviewRow,
} from "../../../../../lib/reviews/load-reviews"
import { submitReviewWorkflow } from "../../../../../workflows/submit-review"

/** GET /store/products/:id/reviews?limit=&offset= — approved reviews, newest first, with the figures. */
export async function GET(req: MedusaStoreRequest<unknown, StoreReviewsQuery>, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const product = await shopperProduct(query, req.params.id, salesChannelOf(req))
  const { limit, offset } = req.validatedQuery as StoreReviewsQuery
  res.json(await loadStoreReviews(req.scope, product, { limit, offset }))
}

/** "Anna M.": the account's first name and the initial of the last, as shown with the review. */
function authorName(customer: { first_name?: string | null; last_name?: string | null } | undefined) {
  const first = customer?.first_name?.trim()
  const initial = customer?.last_name?.trim().charAt(0)
  return first ? (initial ? `${first} ${initial.toUpperCase()}.` : first) : null
}

/**
 * POST /store/products/:id/reviews — the signed-in shopper's review of the product (their earlier
 * one is replaced). Waits for staff approval: 201 with the review as saved, status pending.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreCreateReview> & MedusaStoreRequest<StoreCreateReview>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const product = await shopperProduct(query, req.params.id, salesChannelOf(req))
  if (product.is_bundle) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "A step set is reviewed through its products: please review each of them on its own page."
    )
  }
  const customerId = req.auth_context.actor_id
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["first_name", "last_name"],
    filters: { id: customerId },
  })
  const body = req.validatedBody
  const { result } = await submitReviewWorkflow(req.scope).run({
    input: {
      product_id: product.id,
      customer_id: customerId,
      author: authorName(customers[0]),
      rating: body.rating,
      title: body.title,
      text: body.text,
      skin_type: (body.skin_type ?? null) as SkinType | null,
    },
  })
  const review = result as unknown as ReviewRow
  res.status(201).json({ review: { ...toStoreReview(review), status: review.status } })
}
