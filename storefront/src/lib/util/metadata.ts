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
