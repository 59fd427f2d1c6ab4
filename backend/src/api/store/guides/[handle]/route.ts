import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { localeOf } from "../../../../lib/http/locale"
import { salesChannelOf } from "../../../../lib/http/sales-channel"
import { loadGuide } from "../../../../lib/guide/load-guide"
import type { StoreRegionQueryType } from "../../validators"

/** GET /store/guides/:handle?region_id=… — the guide, its steps' products and bundles, priced. */
export async function GET(req: MedusaStoreRequest<unknown, StoreRegionQueryType>, res: MedusaResponse) {
  const guide = await loadGuide(req.scope, {
    handle: req.params.handle,
    regionId: req.validatedQuery.region_id as string,
    salesChannelId: salesChannelOf(req),
    locale: localeOf(req),
  })
  res.json({ guide })
}
