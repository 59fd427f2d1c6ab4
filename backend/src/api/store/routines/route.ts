import type { RoutineRequest, RoutineResponse } from "@lacremeluxe/shared"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { localeOf } from "../../../lib/http/locale"
import { salesChannelOf } from "../../../lib/http/sales-channel"
import { loadRoutineCatalog } from "../../../lib/routine/load"
import { planRoutine } from "../../../lib/routine/plan"

/**
 * POST /store/routines — the personal routine for the quiz's answers (a body, so the pregnancy
 * answer never reaches an access log; never logged here either). Pure computation over the
 * region's cached catalog.
 */
export async function POST(req: MedusaStoreRequest<RoutineRequest>, res: MedusaResponse) {
  const answers = req.validatedBody
  const catalog = await loadRoutineCatalog(req.scope, {
    regionId: answers.region_id,
    salesChannelId: salesChannelOf(req),
    locale: localeOf(req),
  })
  res.setHeader("Cache-Control", "private, no-store")
  const body: RoutineResponse = { routine: planRoutine(answers, catalog) }
  res.json(body)
}
