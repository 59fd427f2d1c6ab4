import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { localeOf } from "../../../../lib/http/locale"
import { salesChannelOf } from "../../../../lib/http/sales-channel"
import { loadProductPage } from "../../../../lib/catalog/load-product-page"
import type { StoreRegionQueryType } from "../../validators"

/** GET /store/product-pages/:handle?region_id=… — everything a product page shows, priced. */
export async function GET(req: MedusaStoreRequest<unknown, StoreRegionQueryType>, res: MedusaResponse) {
  const product = await loadProductPage(req.scope, {
    handle: req.params.handle,
    regionId: req.validatedQuery.region_id as string,
    salesChannelId: salesChannelOf(req),
    locale: localeOf(req),
  })
  res.json({ product })
}
