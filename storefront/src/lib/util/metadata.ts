import type { Metadata } from "next"

/** A public page's title and description, with its canonical address and the same for Open Graph. */
export function pageMetadata({
  title,
  description,
  url,
  type = "website",
  image,
}: {
  title: string
  description?: string
  url: string
  type?: "website" | "article"
  image?: { url: string; width: number; height: number }
}): Metadata {
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, type, url, images: image ? [image] : undefined },
  }
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
