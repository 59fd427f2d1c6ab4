const WORDS = {
  outOf: (value: number) => `${value} out of 5 stars`,
}

/** Five stars filled to the rating (rounded to the half star); the number is what screen readers hear. */
export function Stars({ value, className = "" }: { value: number; className?: string }) {
  const halves = Math.round(value * 2)
  return (
    <span role="img" aria-label={WORDS.outOf(value)} className={`inline-flex text-accent ${className}`}>
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
