import { splitLines, type AdminSaveSkincareProfileType } from "@lacremeluxe/shared"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { saveSkincareProfileWorkflow } from "../../../../../workflows/save-skincare-profile"

const PROFILE_FIELDS = [
  "id",
  "product_type",
  "key_ingredients",
  "inci",
  "skin_types",
  "concerns",
  "how_to_use",
  "time_of_day",
  "frequency",
  "warnings",
  "pregnancy_safe",
  "fragrance_free",
  "actives",
  "max_uses_per_week",
  "starting_uses_per_week",
  "amount_per_use_ml",
]

/** The product's skincare profile (null when it has none), or a 404 for an unknown product. */
async function profileOf(req: AuthenticatedMedusaRequest<unknown>) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", ...PROFILE_FIELDS.map((field) => `skincare_profile.${field}`)],
    filters: { id: req.params.id },
  })
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${req.params.id} was not found.`)
  }
  const profile = data[0].skincare_profile
  // Stored one warning per line (only text translates); the API answers a list.
  return profile ? { ...profile, warnings: splitLines(profile.warnings as string | null) } : null
}

/** GET /admin/products/:id/skincare */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ skincare_profile: await profileOf(req) })
}

/** POST /admin/products/:id/skincare — create or replace the whole profile. */
export async function POST(req: AuthenticatedMedusaRequest<AdminSaveSkincareProfileType>, res: MedusaResponse) {
  await profileOf(req)
  await saveSkincareProfileWorkflow(req.scope).run({ input: { product_id: req.params.id, profile: req.validatedBody } })
  res.json({ skincare_profile: await profileOf(req) })
}
