import type { MetadataRoute } from "next"
import { siteUrl } from "@/lib/util/site"

// At request time: the sitemap address comes from STOREFRONT_URL when the server runs.
export const dynamic = "force-dynamic"

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/cart", "/*/checkout", "/*/account"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  }
}
