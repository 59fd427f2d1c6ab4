import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { loadProductPage } from "../../../../lib/catalog/load-product-page"
import type { StoreRegionQueryType } from "../../validators"

/** GET /store/product-pages/:handle?region_id=… — everything a product page shows, priced. */
export async function GET(req: MedusaStoreRequest<unknown, StoreRegionQueryType>, res: MedusaResponse) {
  const product = await loadProductPage(req.scope, {
    handle: req.params.handle,
    regionId: req.validatedQuery.region_id as string,
    salesChannelId: req.publishable_key_context.sales_channel_ids[0],
  })
  res.json({ product })
}
