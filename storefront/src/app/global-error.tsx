"use client"

import { lazy, Suspense } from "react"
import { usePathname } from "next/navigation"
import { localeOfStore, splitStorePath } from "@lacremeluxe/shared"
import "./globals.css"

// As in [lang]/error.tsx: the words (three languages) are fetched when this shows, not with every page.
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
