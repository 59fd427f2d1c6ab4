import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refuseAddress, refuseBody, refusePaging } from "./hostile-input"

/**
 * The first of our middlewares on every route, Medusa's and ours: refuses an address, paging or
 * JSON body that no valid request has, with a 400 and a sentence, before anything reaches a
 * route, a workflow or the database. Medusa Admin's own forms send empty ids for "none", so empty
 * ids are refused only outside `/admin`.
 */
export function refuseHostileInput(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const url = req.originalUrl
  const refusal =
    refuseAddress(url) ??
    refusePaging(req.query as Record<string, unknown>) ??
    refuseBody(req.body, { json: Boolean(req.is("application/json")), emptyIds: !url.startsWith("/admin") })
  if (refusal) {
    res.status(refusal.status).json({ type: "invalid_data", message: refusal.message })
    return
  }
  next()
}
