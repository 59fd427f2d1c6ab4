import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { loadGuide } from "../../../../lib/guide/load-guide"
import type { StoreRegionQueryType } from "../../validators"

/** GET /store/guides/:handle?region_id=… — the guide, its steps' products and bundles, priced. */
export async function GET(req: MedusaStoreRequest<unknown, StoreRegionQueryType>, res: MedusaResponse) {
  const guide = await loadGuide(req.scope, {
    handle: req.params.handle,
    regionId: req.validatedQuery.region_id as string,
    salesChannelId: req.publishable_key_context.sales_channel_ids[0],
  })
  res.json({ guide })
}
