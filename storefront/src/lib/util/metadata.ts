import type { Metadata } from "next"
import { DEFAULT_COUNTRY, hreflang, STORE_LOCATIONS, storePath } from "@lacremeluxe/shared"
import type { Store } from "./store"

/** Builds a page's address in any store from the store's path prefix (`(path) => links.guide(path, handle)`). */
export type PageAddress = (storePath: string) => string

/**
 * The page's own address and the same page in every other store (country × language) as hreflang
 * alternates ("de-DE", "en-DE", "fr-BE", …); x-default is English in the default country.
 */
export function storeAlternates(store: Store, address: PageAddress): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = Object.fromEntries(
    STORE_LOCATIONS.map((location) => [hreflang(location), address(storePath(location))])
  )
  languages["x-default"] = address(storePath({ country: DEFAULT_COUNTRY, language: "en" }))
  return { canonical: address(store.path), languages }
}

/** A public page's title and description, its address with its alternates, and the same for Open Graph. */
export function pageMetadata({
  title,
  description,
  store,
  address,
  type = "website",
  image,
}: {
  title: string
  description?: string
  store: Store
  address: PageAddress
  type?: "website" | "article"
  image?: { url: string; width: number; height: number }
}): Metadata {
  const url = address(store.path)
  return {
    title,
    description,
    alternates: storeAlternates(store, address),
    openGraph: {
      title,
      description,
      type,
      url,
      locale: store.locale.replace("-", "_"),
      images: image ? [image] : undefined,
    },
  }
}

/** A personal page (cart, checkout, account, order): its title and alternates, never indexed. */
export function privatePageMetadata(title: string, store: Store, address: PageAddress): Metadata {
  return { title, alternates: storeAlternates(store, address), robots: { index: false, follow: false } }
}

/** A meta description from Markdown: the first paragraph as plain text, at most `max` characters. */
export function markdownExcerpt(markdown: string, max = 160): string {
  const paragraph = markdown.trim().split(/\n\s*\n/)[0] ?? ""
  const text = paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim()
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length)}…`
}
