import { NextResponse, type NextRequest } from "next/server"
import { cartSummary } from "@/lib/data/cart"
import { getCartView } from "@/lib/data/cart-view"

export const dynamic = "force-dynamic"

const PRIVATE = { "Cache-Control": "private, no-store" }

/**
 * The visitor's cart for static pages (never cached: carts are personal): the count for the
 * header, or with `?view=lines` the lines and totals for the cart drawer.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.searchParams.get("view") === "lines") {
    const cart = await getCartView()
    const itemCount = cart?.lines.reduce((sum, line) => sum + line.quantity, 0) ?? 0
    return NextResponse.json({ itemCount, cart }, { headers: PRIVATE })
  }
  const summary = await cartSummary()
  return NextResponse.json({ itemCount: summary?.itemCount ?? 0 }, { headers: PRIVATE })
}
