import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BUNDLE_TYPE } from "../../../../lib/catalog/bundles"

/** More than any catalog of this shop; a larger one would page through. */
const MAX_PRODUCTS = 2_000

/**
 * GET /admin/skincare-profiles/missing — the products staff still have to describe: without a
 * skincare profile a product shows no usage advice and is missing from the shop's skin-type and
 * concern filters. Bundles are left out: their page lists their components instead.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "title", "status", "type.value", "skincare_profile.id"],
    pagination: { take: MAX_PRODUCTS, order: { title: "ASC" } },
  })
  const products = data
    .filter((product) => !product.skincare_profile && product.type?.value !== BUNDLE_TYPE)
    .map((product) => ({ id: product.id, title: product.title, status: product.status }))
  res.json({ products, count: products.length })
}
