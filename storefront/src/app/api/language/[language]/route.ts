import { NextResponse, type NextRequest } from "next/server"
import { z } from "zod"
import { STORE_COUNTRIES, STORE_LANGUAGES, storePath } from "@lacremeluxe/shared"
import { rememberStoreChoice } from "@/lib/server/store-choice"
import { siteUrl } from "@/lib/util/site"

const Choice = z.object({
  language: z.enum(STORE_LANGUAGES, { error: `Choose a language: ${STORE_LANGUAGES.join(", ")}.` }),
  country: z.enum(STORE_COUNTRIES, { error: "Give the country of the store you are in." }),
  /** The page within the store ("/guide/pore-care"; "" for its home): path segments only. */
  page: z
    .string()
    .max(300, "The page's address is too long.")
    .regex(/^(\/[\w.,~+%-]+)*$/, "The page must be a path within the store, such as /guide/pore-care.")
    .default(""),
})

/**
 * The language switch: remembers the shopper's language and country (httpOnly cookies, read by
 * `/` in the proxy and by the bare-path redirects of next.config) and opens the same page in that
 * language. A route of its own, so the cached pages run no code for it.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ language: string }> }) {
  const { searchParams } = request.nextUrl
  const parsed = Choice.safeParse({
    language: (await params).language,
    country: searchParams.get("country") ?? undefined,
    page: searchParams.get("page") ?? undefined,
  })
  if (!parsed.success) {
    return NextResponse.json({ message: parsed.error.issues[0].message }, { status: 400 })
  }
  const { language, country, page } = parsed.data
  const response = NextResponse.redirect(new URL(`/${storePath({ country, language })}${page}`, siteUrl()), 303)
  return rememberStoreChoice(response, { country, language })
}
