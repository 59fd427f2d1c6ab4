import type { CartAdvice } from "@lacremeluxe/shared"
import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { localeOf } from "../../../../../lib/http/locale"
import { salesChannelOf } from "../../../../../lib/http/sales-channel"
import { adviseCart } from "../../../../../lib/routine/cart-advice"
import { loadRoutineCatalog } from "../../../../../lib/routine/load"

/**
 * GET /store/carts/:id/advice — what the routine's rules say about the cart's products (a retinoid
 * with an acid, acids without SPF, two exfoliants). The cart's ownership is checked by `ownedBy`.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "region_id", "items.variant_id"],
    filters: { id: req.params.id },
  })
  const cart = data[0]
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id ${req.params.id} not found`)
  }
  const variantIds = (cart.items ?? []).flatMap((item: { variant_id?: string | null } | null) =>
    item?.variant_id ? [item.variant_id] : []
  )
  const advice: CartAdvice[] = variantIds.length
    ? adviseCart(
        await loadRoutineCatalog(req.scope, {
          regionId: cart.region_id!,
          salesChannelId: salesChannelOf(req),
          locale: localeOf(req),
        }),
        variantIds
      )
    : []
  res.setHeader("Cache-Control", "private, no-store")
  res.json({ advice })
}
