import { NextResponse, type NextRequest } from "next/server"
import { storeFromParams, type StoreParams } from "@/lib/util/store"
import { completeCart } from "@/lib/checkout/complete-order"
import { getCartId, placedOrderId } from "@/lib/server/cookies"
import { links } from "@/lib/util/links"
import { redirectOutcome } from "@/lib/checkout/payment"
import { siteUrl } from "@/lib/util/site"

type Context = { params: Promise<StoreParams> }

/**
 * Where Stripe sends the shopper back after a redirect payment (their bank, 3-D Secure, a
 * wallet): `?payment_intent=…&redirect_status=…`. A confirmed payment places the order, exactly
 * once: a reload of this address, or Stripe's webhook having placed it already, leads to the
 * same order. A refused payment goes back to checkout with the cart intact and a message.
 */
export async function GET(request: NextRequest, { params }: Context) {
  const store = storeFromParams(await params)
  if (!store) return NextResponse.json({ message: "There is no such store." }, { status: 404 })
  const country = store.path
  const to = (path: string, notice?: string) => {
    // The public address, not the request's: behind a proxy Next only sees its own (localhost).
    const url = new URL(path, siteUrl())
    if (notice) {
      url.searchParams.set("payment", notice)
    }
    return NextResponse.redirect(url, 303)
  }

  const cartId = await getCartId()
  if (!cartId) {
    // A reload after the order was placed: this browser's confirmation, or the empty cart.
    const orderId = await placedOrderId()
    return orderId ? to(links.order(country, orderId)) : to(links.cart(country))
  }
  if (redirectOutcome(request.nextUrl.searchParams.get("redirect_status")) === "failed") {
    return to(links.checkout(country), "failed")
  }
  const completion = await completeCart(cartId)
  if (!completion.ok) {
    return to(links.checkout(country), "failed")
  }
  return to(links.order(country, completion.orderId))
}
