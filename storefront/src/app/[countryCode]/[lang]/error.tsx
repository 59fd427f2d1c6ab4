"use client"

import { useLocale } from "next-intl"
import { BackSoon } from "@/modules/common/components/back-soon"

/** A page or the country layout failed (most often: the backend cannot be reached). */
export default function PageError() {
  return <BackSoon locale={useLocale()} />
}
