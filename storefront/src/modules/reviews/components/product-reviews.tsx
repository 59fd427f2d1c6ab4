import type { ProductPage, StoreReviewsResponse } from "@lacremeluxe/shared"
import Link from "next/link"
import { useTranslations } from "next-intl"
import { links } from "@/lib/util/links"
import { RatingSummary } from "./rating-summary"
import { ReviewForm } from "./review-form"
import { ReviewList } from "./review-list"

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
  const t = useTranslations("reviews")
  return (
    <section id="reviews" aria-labelledby="reviews-heading" className="mt-12 max-w-3xl scroll-mt-24">
      <h2 id="reviews-heading" className="font-serif text-3xl">
        {t("heading")}
      </h2>
      <div className="mt-3">
        <RatingSummary rating={product.rating} size="lg" />
      </div>
      <ReviewList reviews={reviews} isSet={product.is_bundle} />
      {product.is_bundle ? (
        <>
          <p className="mt-4 text-sm text-muted">{t("setNote")}</p>
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
