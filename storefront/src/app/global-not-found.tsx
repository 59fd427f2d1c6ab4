import type { Metadata } from "next"
import { LANGUAGE_NAMES } from "@lacremeluxe/shared"
import "./globals.css"

export const metadata: Metadata = { title: "Page not found · LACREMELUXE", robots: { index: false } }

/**
 * An address outside every store (an unknown country or language): no store, so no language is
 * known; the page says it in the store's three languages and links to the remembered store.
 */
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
          <h1 className="font-serif text-3xl">Page not found</h1>
          <p className="mt-4 text-muted">We could not find that page, or we do not ship to that country yet.</p>
          <p className="mt-2 text-muted" lang="de">
            Diese Seite gibt es nicht, oder wir liefern noch nicht in dieses Land.
          </p>
          <p className="mt-2 text-muted" lang="fr">
            Cette page n’existe pas, ou nous ne livrons pas encore dans ce pays.
          </p>
          <p className="mt-6">
            {/* A full load of `/`: the proxy redirects it to the visitor's remembered country. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a className="underline" href="/">
              LACREMELUXE — {Object.values(LANGUAGE_NAMES).join(" · ")}
            </a>
          </p>
        </main>
      </body>
    </html>
  )
}
