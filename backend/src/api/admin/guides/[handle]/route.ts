import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getAdminGuide } from "../../../../lib/guide/admin-guide"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ guide: await getAdminGuide(req.scope, req.params.handle) })
}
