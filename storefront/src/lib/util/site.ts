/** The storefront's public address, for canonical URLs, Open Graph, the sitemap and JSON-LD. */
export function siteUrl(): string {
  return (process.env.STOREFRONT_URL ?? "http://localhost:8000").replace(/\/$/, "")
}
