"use client"

import { lazy, Suspense } from "react"
import "./globals.css"

// As in [lang]/error.tsx: the words (three languages) are fetched when this shows, not with every page.
const BackSoon = lazy(() => import("@/modules/common/components/back-soon").then((m) => ({ default: m.BackSoon })))

/** The root layout itself failed: this replaces it, so it brings its own document. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <Suspense fallback={null}>
          <BackSoon />
        </Suspense>
      </body>
    </html>
  )
}
