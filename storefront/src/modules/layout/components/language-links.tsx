"use client"

import { usePathname } from "next/navigation"
import { LANGUAGE_NAMES, STORE_LANGUAGES, splitStorePath, type StoreLocation } from "@lacremeluxe/shared"

/**
 * The language switch beside the region switch: the same page in the store's other languages.
 * Plain links (another language is another root layout, so a full load anyway) through the route
 * that remembers the choice, so `/` and addresses without a country open in it next time. The path
 * is read on the client, so the header stays part of each static page.
 */
export function LanguageLinks({ store, label, className }: { store: StoreLocation; label: string; className: string }) {
  const page = splitStorePath(usePathname() ?? "")?.page ?? ""
  return (
    <nav aria-label={label} className={`flex flex-wrap items-center gap-2 text-sm text-muted ${className}`}>
      {STORE_LANGUAGES.map((language) => {
        const current = language === store.language
        return (
          <a
            key={language}
            href={`/api/language/${language}?${new URLSearchParams({ country: store.country, page })}`}
            lang={language}
            hrefLang={language}
            aria-current={current ? "true" : undefined}
            className={`rounded-full px-3 py-1 ring-1 ring-ink/20 lg:p-0 lg:ring-0 ${current ? "font-semibold text-ink" : "hover:underline"}`}
          >
            <span aria-hidden="true">{language.toUpperCase()}</span>
            <span className="sr-only">{LANGUAGE_NAMES[language]}</span>
          </a>
        )
      })}
    </nav>
  )
}
