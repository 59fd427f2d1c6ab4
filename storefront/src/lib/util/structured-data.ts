import type { Guide } from "@lacremeluxe/shared"
import type { ProductPage } from "@lacremeluxe/shared"
import { links } from "./links"
import { siteUrl } from "./site"

export function guideJsonLd(guide: Guide, countryCode: string) {
  const url = `${siteUrl()}${links.guide(countryCode, guide.handle)}`
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "Article",
        headline: guide.title,
        description: guide.summary,
        url,
        mainEntityOfPage: url,
        publisher: { "@type": "Organization", name: "LACREMELUXE" },
        articleSection: guide.sections.map((section) => section.title),
      },
      {
        "@type": "BreadcrumbList",
        itemListElement: [
          { "@type": "ListItem", position: 1, name: "Home", item: `${siteUrl()}${links.home(countryCode)}` },
          { "@type": "ListItem", position: 2, name: guide.title, item: url },
        ],
      },
    ],
  }
}

export function productJsonLd(product: ProductPage, countryCode: string) {
  const url = `${siteUrl()}${links.product(countryCode, product.handle)}`
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? product.subtitle ?? undefined,
    image: product.thumbnail ? [product.thumbnail] : undefined,
    url,
    brand: { "@type": "Brand", name: "LACREMELUXE" },
    offers: product.variants
      .filter((variant) => variant.price !== null)
      .map((variant) => ({
        "@type": "Offer",
        name: variant.title ?? undefined,
        sku: variant.sku ?? undefined,
        price: variant.price!.toFixed(2),
        priceCurrency: product.currency_code.toUpperCase(),
        availability: variant.available > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
        url,
      })),
  }
}
