"use client"

import { lazy, Suspense } from "react"
import { usePathname } from "next/navigation"
import { localeOfStore, splitStorePath } from "@lacremeluxe/shared"

// As in [lang]/error.tsx: the words (three languages) are fetched when this shows, not with every page,
// and so is the stylesheet (back-soon.tsx imports it). Imported here, Next put the whole stylesheet
// (31 KB) into every page's RSC payload a second time, for this boundary (issue 14, Lighthouse).
const BackSoon = lazy(() => import("@/modules/common/components/back-soon").then((m) => ({ default: m.BackSoon })))

/**
 * The root layout itself failed: this replaces it, so it brings its own document, in the
 * language of the store the address names (the shared address scheme), English outside the stores.
 */
export default function GlobalError() {
  const location = splitStorePath(usePathname() ?? "/")?.location
  return (
    <html lang={location?.language ?? "en"}>
      <body className="min-h-screen antialiased">
        <Suspense fallback={null}>
          <BackSoon locale={location ? localeOfStore(location.country, location.language) : undefined} />
        </Suspense>
      </body>
    </html>
  )
}
