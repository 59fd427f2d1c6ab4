import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import { BUNDLE_TYPE } from "../../../../../lib/catalog/bundles"
import { ratingSummaries } from "../../../../../lib/reviews/load-reviews"

/** GET /admin/products/:id/rating — the product's rating as shoppers see it, and reviews waiting. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { data } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "type.value"],
    filters: { id: req.params.id },
  })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product with the id "${req.params.id}".`)
  }
  const isSet = data[0].type?.value === BUNDLE_TYPE
  const summaries = await ratingSummaries(req.scope, [data[0].id], isSet ? [data[0].id] : [])
  const [, pending] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews({ product_id: data[0].id, status: "pending" }, { take: 1 })
  res.json({ rating: summaries.get(data[0].id), pending })
}
