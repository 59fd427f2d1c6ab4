import type { RoutineStep } from "@/lib/data/routine"
import { useTranslations } from "next-intl"
import { ProductCard } from "@/modules/products/components/product-card"

export function StepSection({
  step,
  currencyCode,
  storePath,
}: {
  step: RoutineStep
  currencyCode: string
  storePath: string
}) {
  const t = useTranslations("home")
  const headingId = `${step.handle}-title`
  return (
    <section id={step.handle} aria-labelledby={headingId} data-testid="routine-step" className="scroll-mt-8">
      <div className="max-w-2xl">
        <p className="text-sm font-semibold uppercase tracking-widest text-accent">
          {t("step", { position: step.position })}
        </p>
        <h2 id={headingId} className="mt-1 font-serif text-3xl">
          {step.name}
        </h2>
        <p className="mt-2 text-muted">{step.description}</p>
      </div>
      <ul className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
        {step.products.map((product) => (
          <li key={product.id}>
            <ProductCard product={product} currencyCode={currencyCode} storePath={storePath} />
          </li>
        ))}
      </ul>
    </section>
  )
}
