import { NextResponse } from "next/server"
import { sessionToken } from "@/lib/server/session"

export const dynamic = "force-dynamic"

/**
 * Whether this visitor is signed in, for static pages (the product page's review form). Never
 * cached; says nothing but yes or no. An expired session shows as signed in until the form's
 * action is refused, which then asks the shopper to sign in again.
 */
export async function GET() {
  return NextResponse.json(
    { signed_in: Boolean(await sessionToken()) },
    { headers: { "Cache-Control": "private, no-store" } }
  )
}
