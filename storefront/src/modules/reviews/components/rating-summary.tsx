import type { RatingSummary as Summary } from "@lacremeluxe/shared"
import { useFormatter, useTranslations } from "next-intl"
import { Stars } from "./stars"

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
  const t = useTranslations("reviews")
  const format = useFormatter()
  if (!rating?.count || rating.average === null) return null
  const count = t("count", { count: rating.count })
  return (
    <p
      className={`flex flex-wrap items-center gap-x-2 ${size === "lg" ? "text-base" : "text-sm"}`}
      data-testid="rating-summary"
    >
      <Stars value={rating.average} />
      <span className="font-semibold tabular-nums">
        {format.number(rating.average, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
      </span>
      {href ? (
        <a href={href} className="relative z-10 text-muted underline">
          {count}
        </a>
      ) : (
        <span className="text-muted">{count}</span>
      )}
      {rating.of_set ? <span className="text-muted">({t("ofSet")})</span> : null}
    </p>
  )
}
