"use client"

import { useParams } from "next/navigation"
import { BackSoon } from "@/modules/common/components/back-soon"

/**
 * A page or the country layout failed (most often: the backend cannot be reached). The language
 * comes from the address: no next-intl client provider above this boundary (see the root layout).
 */
export default function PageError() {
  return <BackSoon locale={useParams<{ lang?: string }>().lang} />
}
