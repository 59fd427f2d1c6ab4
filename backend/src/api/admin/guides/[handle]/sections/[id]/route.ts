import type { AdminUpdateGuideSectionType } from "@lacremeluxe/shared"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getAdminGuide } from "../../../../../../lib/guide/admin-guide"
import { updateGuideSectionWorkflow } from "../../../../../../workflows/update-guide-section"

/** POST /admin/guides/:handle/sections/:id — edit a section's text, category and bundle. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateGuideSectionType>, res: MedusaResponse) {
  const guide = await getAdminGuide(req.scope, req.params.handle)
  await updateGuideSectionWorkflow(req.scope).run({
    input: { guide_id: guide.id, section_id: req.params.id, ...req.validatedBody },
  })
  const updated = await getAdminGuide(req.scope, req.params.handle)
  res.json({ section: updated.sections.find((section) => section.id === req.params.id) })
}
