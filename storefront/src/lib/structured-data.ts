import type { Guide } from "./guide"
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
