import { timingSafeEqual } from "node:crypto"
import { revalidateTag } from "next/cache"
import { NextResponse, type NextRequest } from "next/server"
import { z } from "zod"
import { CACHE_TAGS, isCacheTag, productTag } from "@lacremeluxe/shared"
import { revalidateSecret } from "@/lib/server/config"

const Body = z.object({
  tags: z.array(z.string().refine(isCacheTag)).min(1).max(500),
})

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The backend calls this when staff change the guide, a product, a price or stock, or a product sells out. */
export async function POST(request: NextRequest) {
  const expected = revalidateSecret()
  if (!expected) {
    return NextResponse.json({ message: "Revalidation is not configured (REVALIDATE_SECRET)." }, { status: 503 })
  }
  if (!sameSecret(request.headers.get("x-revalidate-secret") ?? "", expected)) {
    return NextResponse.json({ message: "Wrong or missing revalidation secret." }, { status: 401 })
  }
  const body = Body.safeParse(await request.json().catch(() => null))
  if (!body.success) {
    return NextResponse.json(
      {
        message: `Send {"tags": [...]} with tags from: ${Object.values(CACHE_TAGS).join(", ")}, ${productTag("<handle>")}.`,
      },
      { status: 400 }
    )
  }
  for (const tag of body.data.tags) {
    revalidateTag(tag, { expire: 0 })
  }
  // The page cache in front of Next (page-cache.mjs) holds finished pages by path: drop the ones
  // that show what changed, here at once. With Redis, every instance drops them again when Next's
  // cache has revalidated the tags in Redis (cache-handler.mjs announces it).
  const dropPages = (globalThis as Record<symbol, ((tags: string[]) => void) | undefined>)[
    Symbol.for("lacremeluxe.pageCache.drop")
  ]
  dropPages?.(body.data.tags)
  return NextResponse.json({ revalidated: body.data.tags })
}
