import { STEPS, type RoutinePlanStep } from "@lacremeluxe/shared"
import { ProductCard } from "@/modules/products/components/product-card"

export const stepName = (handle: string) => STEPS.find((step) => step.handle === handle)?.name ?? handle

/** "Every morning" / "3 evenings a week". */
export function usesWords(uses: number, time: "morning" | "evening") {
  return uses >= 7 ? `Every ${time}` : `${uses} ${time}${uses === 1 ? "" : "s"} a week`
}

/** A morning or evening routine: its steps in order, each with its product, why and how. */
export function PlanSteps({
  time,
  steps,
  currencyCode,
  storePath,
}: {
  time: "morning" | "evening"
  steps: RoutinePlanStep[]
  currencyCode: string
  storePath: string
}) {
  const headingId = `${time}-title`
  return (
    <section aria-labelledby={headingId} data-testid={`plan-${time}`}>
      <h2 id={headingId} className="font-serif text-3xl">
        {time === "morning" ? "Morning" : "Evening"}
      </h2>
      <ol className="mt-4 space-y-6">
        {steps.map((step, index) => (
          <li key={`${step.step}-${step.product.id}`} className="flex gap-4" data-testid="plan-step">
            <div className="w-32 shrink-0 sm:w-36">
              <ProductCard
                product={{
                  id: step.product.id,
                  handle: step.product.handle,
                  title: step.product.title,
                  subtitle: step.variant.title,
                  thumbnail: step.product.thumbnail,
                  price: step.variant.price,
                }}
                currencyCode={currencyCode}
                storePath={storePath}
              />
            </div>
            <div className="min-w-0 flex-1">
              <p className="text-sm font-semibold uppercase tracking-widest text-accent">
                {index + 1} · {stepName(step.step)}
              </p>
              <p className="mt-1 text-sm font-semibold">{usesWords(step.uses_per_week, time)}</p>
              <p className="mt-2">{step.why}</p>
              <p className="mt-2 text-sm text-muted">{step.how}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
