import english from "@/content/back-soon.json"
import german from "@/content/back-soon.de-DE.json"
import french from "@/content/back-soon.fr-FR.json"
import { storeLocale } from "@lacremeluxe/shared"
// The error pages' look, loaded with this module: global-error.tsx replaces the root layout (and its
// stylesheet) and imports nothing itself, so that its CSS is not in every page's payload.
import "@/app/globals.css"

const WORDS = { "en-GB": english, "de-DE": german, "fr-FR": french }

/**
 * What a page shows when it cannot be made (the backend is down or restarting): a sentence and
 * a way on, never a stack trace. On a full page load storefront/back-soon.mjs answers 503 with
 * the same words; this is what a navigation inside the open site shows. No data: it must render
 * when nothing else can.
 */
/** `locale`: the store's, when known (the root layout itself failing knows none: English). */
export function BackSoon({ locale }: { locale?: string }) {
  const words = WORDS[storeLocale(locale)]
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="font-serif text-3xl">{words.title}</h1>
      <p className="mt-4 text-muted">{words.message}</p>
      <p className="mt-6">
        {/* A full load: the routine, guide and product pages are served from the cache meanwhile. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a className="underline" href="/">
          {words.link}
        </a>
      </p>
    </main>
  )
}
