import type { RatingSummary as Summary } from "@lacremeluxe/shared"
import { Stars } from "./stars"

const WORDS = {
  reviews: (count: number) => (count === 1 ? "1 review" : `${count} reviews`),
  ofSet: "average of the set's products",
}

/** Stars, average and count, for a card or a page; nothing before the first approved review. */
export function RatingSummary({
  rating,
  href,
  size = "sm",
}: {
  rating: Summary | null | undefined
  href?: string
  size?: "sm" | "lg"
}) {
  if (!rating?.count || rating.average === null) return null
  const count = WORDS.reviews(rating.count)
  return (
    <p
      className={`flex flex-wrap items-center gap-x-2 ${size === "lg" ? "text-base" : "text-sm"}`}
      data-testid="rating-summary"
    >
      <Stars value={rating.average} />
      <span className="font-semibold tabular-nums">{rating.average.toFixed(1)}</span>
      {href ? (
        <a href={href} className="relative z-10 text-muted underline">
          {count}
        </a>
      ) : (
        <span className="text-muted">{count}</span>
      )}
      {rating.of_set ? <span className="text-muted">({WORDS.ofSet})</span> : null}
    </p>
  )
}
