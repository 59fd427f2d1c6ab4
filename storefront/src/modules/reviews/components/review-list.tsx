import type { SkinType, StoreReview, StoreReviewsResponse } from "@lacremeluxe/shared"
import { useFormatter, useLocale, useTranslations } from "next-intl"
import { vocabulary } from "@/lib/util/vocabulary"
import { Stars } from "./stars"

/** One review. Its words are React text: markup a shopper typed is shown as typed, never run. */
function Review({ review }: { review: StoreReview }) {
  const t = useTranslations("reviews")
  const format = useFormatter()
  const skinTypes = vocabulary(useLocale()).skin_types
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" })
  return (
    <li className="py-5" data-testid="review">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <Stars value={review.rating} />
        <span className="font-semibold">{review.author ?? t("formerCustomer")}</span>
        {review.verified_buyer ? (
          <span className="rounded-full bg-green-50 px-2 py-0.5 text-xs font-semibold text-green-900 ring-1 ring-green-200">
            ✓ {t("verified")}
          </span>
        ) : null}
        {review.skin_type ? (
          <span className="text-muted">
            {t("skin", { skin: skinTypes[review.skin_type as SkinType] ?? review.skin_type })}
          </span>
        ) : null}
        <time dateTime={review.created_at} className="text-muted">
          {date(review.created_at)}
        </time>
      </div>
      <h3 className="mt-2 font-semibold">{review.title}</h3>
      <p className="mt-1 whitespace-pre-line leading-relaxed">{review.text}</p>
      {review.reply ? (
        <div className="mt-3 rounded-xl bg-blush/50 p-3 text-sm" data-testid="review-reply">
          <p className="font-semibold">
            {t("reply")}
            {review.replied_at ? <span className="font-normal text-muted"> · {date(review.replied_at)}</span> : null}
          </p>
          <p className="mt-1 whitespace-pre-line">{review.reply}</p>
        </div>
      ) : null}
    </li>
  )
}

/** The per-star counts, then the newest reviews. A set lists none of its own: its figures are its products'. */
export function ReviewList({ reviews, isSet }: { reviews: StoreReviewsResponse; isSet: boolean }) {
  const t = useTranslations("reviews")
  if (!reviews.count) {
    return <p className="mt-3 text-muted">{isSet ? t("noneForSet") : t("none")}</p>
  }
  return (
    <>
      <ul className="mt-3 space-y-1 text-sm text-muted" aria-label={t("perStarLabel")}>
        {(["5", "4", "3", "2", "1"] as const).map((star) => (
          <li key={star}>{t("perStar", { star: Number(star), count: reviews.per_star[star] })}</li>
        ))}
      </ul>
      {reviews.reviews.length ? (
        <ul className="mt-4 divide-y divide-ink/10" aria-label={t("list")}>
          {reviews.reviews.map((review) => (
            <Review key={review.id} review={review} />
          ))}
        </ul>
      ) : null}
    </>
  )
}
