import type { Guide } from "@lacremeluxe/shared"
import type { ProductPage, StoreReviewsResponse } from "@lacremeluxe/shared"
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

/**
 * The product's approved reviews for search engines. A step set gets none: its figures are its
 * products' (labelled so on the page), not reviews of the set.
 */
function ratingJsonLd(product: ProductPage, reviews: StoreReviewsResponse | null) {
  if (!reviews?.count || reviews.average === null || product.is_bundle) return {}
  return {
    aggregateRating: {
      "@type": "AggregateRating",
      ratingValue: reviews.average,
      reviewCount: reviews.count,
      bestRating: 5,
      worstRating: 1,
    },
    review: reviews.reviews.map((review) => ({
      "@type": "Review",
      name: review.title,
      reviewBody: review.text,
      datePublished: review.created_at.slice(0, 10),
      author: { "@type": "Person", name: review.author ?? "A former customer" },
      reviewRating: { "@type": "Rating", ratingValue: review.rating, bestRating: 5, worstRating: 1 },
    })),
  }
}

export function productJsonLd(product: ProductPage, countryCode: string, reviews: StoreReviewsResponse | null = null) {
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
    ...ratingJsonLd(product, reviews),
  }
}
