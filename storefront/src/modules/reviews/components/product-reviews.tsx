import { REVIEW_TEXT_MAX, type ProductPage, type StoreReviewsResponse } from "@lacremeluxe/shared"
import Link from "next/link"
import { useLocale, useTranslations } from "next-intl"
import { links } from "@/lib/util/links"
import { vocabulary } from "@/lib/util/vocabulary"
import { RatingSummary } from "./rating-summary"
import { ReviewForm, type ReviewFormWords } from "./review-form"
import { ReviewList } from "./review-list"

/** The review form's words in the page's language (the form itself translates nothing). */
function useReviewFormWords(): ReviewFormWords {
  const t = useTranslations("reviewForm")
  const locale = useLocale()
  return {
    heading: t("heading"),
    signIn: t("signIn"),
    signInWhy: t("signInWhy"),
    rating: t("rating"),
    stars: [1, 2, 3, 4, 5].map((count) => t("star", { count })),
    title: t("title"),
    text: t("text"),
    textHint: t("textHint", { max: REVIEW_TEXT_MAX }),
    skinType: t("skinType"),
    noSkinType: t("noSkinType"),
    skinTypes: vocabulary(locale).skin_types,
    send: t("send"),
    sending: t("sending"),
    moderation: t("moderation"),
  }
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
  const t = useTranslations("reviews")
  const formWords = useReviewFormWords()
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
        <ReviewForm productId={product.id} storePath={storePath} words={formWords} />
      )}
    </section>
  )
}
