"use client"

import { lazy, Suspense } from "react"
import { useParams } from "next/navigation"

// The page's words (in three languages) are fetched when a page fails, not with every page: the
// boundary itself is part of each page's JavaScript (issue 14's budget).
const BackSoon = lazy(() => import("@/modules/common/components/back-soon").then((m) => ({ default: m.BackSoon })))

/**
 * A page or the country layout failed (most often: the backend cannot be reached). The language
 * comes from the address: no next-intl client provider above this boundary (see the root layout).
 */
export default function PageError() {
  const { lang } = useParams<{ lang?: string }>()
  return (
    <Suspense fallback={null}>
      <BackSoon locale={lang} />
    </Suspense>
  )
}
