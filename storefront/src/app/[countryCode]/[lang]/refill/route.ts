import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "next/navigation"
import type { NextRequest } from "next/server"
import { refillCartItems } from "@/lib/data/alerts"
import { addItemsToCart, CartError } from "@/lib/data/cart"
import { regionForCountry } from "@/lib/data/regions"
import { links } from "@/lib/util/links"
import { storeFromParams, type StoreParams } from "@/lib/util/store"
import { REFILL_NOTICE_PARAM } from "@/modules/alerts/components/refill-notice"

export const dynamic = "force-dynamic"

/**
 * The link in a refill reminder: the same items go into this browser's cart (one batch, all or
 * nothing, through POST /store/carts/:id/line-items/batch), then the cart opens and says so. A bad
 * link, or products sold out, open the cart with a fixed sentence (the backend's words are logged,
 * never put in the address).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<StoreParams> }) {
  const store = storeFromParams(await params)
  if (!store) {
    return new Response("There is no store at this address.", { status: 404 })
  }
  const countryCode = store.country
  const token = request.nextUrl.searchParams.get("token") ?? ""
  const region = await regionForCountry(countryCode)
  let added = false
  try {
    const { items } = await refillCartItems(token)
    if (region && items.length) {
      await addItemsToCart({ region, country: countryCode, locale: store.locale }, items)
      added = true
    }
  } catch (error) {
    if (!(error instanceof CartError || (error instanceof FetchError && error.status && error.status < 500)))
      throw error
    console.warn(`refill link refused: ${(error as Error).message}`)
  }
  redirect(`${links.cart(store.path)}?${REFILL_NOTICE_PARAM}=${added ? "added" : "failed"}`)
}
