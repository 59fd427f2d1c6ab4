import type { RoutinePlanStep } from "@lacremeluxe/shared"
import { useLocale, useTranslations } from "next-intl"
import { vocabulary } from "@/lib/util/vocabulary"
import { ProductCard } from "@/modules/products/components/product-card"

/** A step's name in the locale ("Reinigen"), the handle for one the vocabulary lacks. */
export const stepName = (handle: string, locale: string) =>
  (vocabulary(locale).steps as Record<string, string>)[handle] ?? handle

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
  const t = useTranslations("routine.plan")
  const week = useTranslations("routine.week")
  const locale = useLocale()
  const headingId = `${time}-title`
  return (
    <section aria-labelledby={headingId} data-testid={`plan-${time}`}>
      <h2 id={headingId} className="font-serif text-3xl">
        {week(time)}
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
                {index + 1} · {stepName(step.step, locale)}
              </p>
              <p className="mt-1 text-sm font-semibold">
                {t(`uses.${time}`, { uses: Math.min(step.uses_per_week, 7) })}
              </p>
              <p className="mt-2">{step.why}</p>
              <p className="mt-2 text-sm text-muted">{step.how}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  )
}
