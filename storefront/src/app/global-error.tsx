"use client"

import { BackSoon } from "@/modules/common/components/back-soon"
import "./globals.css"

/** The root layout itself failed: this replaces it, so it brings its own document. */
export default function GlobalError() {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <BackSoon />
      </body>
    </html>
  )
}
