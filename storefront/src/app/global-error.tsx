"use client"

import { usePathname } from "next/navigation"
import { localeOfStore, splitStorePath } from "@lacremeluxe/shared"
import { BackSoon } from "@/modules/common/components/back-soon"
import "./globals.css"

/**
 * The root layout itself failed: this replaces it, so it brings its own document, in the
 * language of the store the address names (the shared address scheme), English outside the stores.
 */
export default function GlobalError() {
  const location = splitStorePath(usePathname() ?? "/")?.location
  return (
    <html lang={location?.language ?? "en"}>
      <body className="min-h-screen antialiased">
        <BackSoon locale={location ? localeOfStore(location.country, location.language) : undefined} />
      </body>
    </html>
  )
}
