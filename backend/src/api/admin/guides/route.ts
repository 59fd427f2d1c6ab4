import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listAdminGuides } from "../../../lib/guide/admin-guide"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ guides: await listAdminGuides(req.scope) })
}
