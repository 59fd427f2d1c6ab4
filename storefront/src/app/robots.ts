import type { MetadataRoute } from "next"
import { STORE_LANGUAGES } from "@lacremeluxe/shared"
import { siteUrl } from "@/lib/util/site"

// At request time: the sitemap address comes from STOREFRONT_URL when the server runs.
export const dynamic = "force-dynamic"

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/api/", "/*/cart", "/*/checkout", "/*/account", "/*/*/cart", "/*/*/checkout", "/*/*/account"],
    },
    // One sitemap per language (app/sitemap.ts).
    sitemap: STORE_LANGUAGES.map((language) => `${siteUrl()}/sitemap/${language}.xml`),
  }
}
