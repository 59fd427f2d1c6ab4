import { NextResponse } from "next/server"
import { cartSummary } from "@/lib/cart"

export const dynamic = "force-dynamic"

/** The visitor's cart count for the header of static pages (never cached: carts are personal). */
export async function GET() {
  const summary = await cartSummary()
  return NextResponse.json(
    { itemCount: summary?.itemCount ?? 0 },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}
