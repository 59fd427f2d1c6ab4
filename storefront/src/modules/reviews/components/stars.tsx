import { useFormatter, useTranslations } from "next-intl"

/** Five stars filled to the rating (rounded to the half star); the number is what screen readers hear. */
export function Stars({ value, className = "" }: { value: number; className?: string }) {
  const t = useTranslations("reviews")
  const format = useFormatter()
  const halves = Math.round(value * 2)
  return (
    <span
      role="img"
      aria-label={t("outOf", { value: format.number(value, { maximumFractionDigits: 1 }) })}
      className={`inline-flex text-accent ${className}`}
    >
      {[1, 2, 3, 4, 5].map((star) => (
        <span key={star} aria-hidden="true" className="relative inline-block">
          <span className="text-ink/20">★</span>
          {halves >= star * 2 || halves === star * 2 - 1 ? (
            <span
              className="absolute inset-0 overflow-hidden"
              style={halves === star * 2 - 1 ? { width: "50%" } : undefined}
            >
              ★
            </span>
          ) : null}
        </span>
      ))}
    </span>
  )
}
