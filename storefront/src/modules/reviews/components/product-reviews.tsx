import type { ProductPage, StoreReviewsResponse } from "@lacremeluxe/shared"
import Link from "next/link"
import { links } from "@/lib/util/links"
import { RatingSummary } from "./rating-summary"
import { ReviewForm } from "./review-form"
import { ReviewList } from "./review-list"

const WORDS = {
  heading: "Reviews",
  setNote: "Sets are reviewed through their products: read and write reviews on each product's page.",
}

/** The product page's reviews: figures, the newest approved reviews, and the form (not on a set). */
export function ProductReviews({
  product,
  reviews,
  storePath,
}: {
  product: ProductPage
  reviews: StoreReviewsResponse
  storePath: string
}) {
  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="mt-12 max-w-3xl scroll-mt-24">
      <h2 id="reviews-heading" className="font-serif text-3xl">
        {WORDS.heading}
      </h2>
      <div className="mt-3">
        <RatingSummary rating={product.rating} size="lg" />
      </div>
      <ReviewList reviews={reviews} isSet={product.is_bundle} />
      {product.is_bundle ? (
        <>
          <p className="mt-4 text-sm text-muted">{WORDS.setNote}</p>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {product.components.map((component) => (
              <li key={component.handle}>
                <Link href={`${links.product(storePath, component.handle)}#reviews`} className="text-accent underline">
                  {component.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <ReviewForm productId={product.id} storePath={storePath} />
      )}
    </section>
  )
}
