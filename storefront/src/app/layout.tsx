import type { Metadata } from "next"
import type { ReactNode } from "react"
import { siteUrl } from "@/lib/util/site"
import "./globals.css"

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "LACREMELUXE — pore care, step by step", template: "%s · LACREMELUXE" },
  description:
    "A six-step pore-care routine — cleanse, exfoliate, hydrate, treat, mask, protect — with the products for each step.",
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  )
}
