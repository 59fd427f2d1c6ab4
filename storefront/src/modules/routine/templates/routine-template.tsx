import Link from "next/link"
import { useTranslations } from "next-intl"
import { PORE_CARE_GUIDE } from "@/lib/util/guide-handles"
import { links } from "@/lib/util/links"
import type { Region } from "@/lib/data/regions"
import type { RoutineStep } from "@/lib/data/routine"
import { QuizInvite } from "../components/quiz-invite"
import { StepSection } from "../components/step-section"

export function RoutineTemplate({
  steps,
  region,
  storePath,
}: {
  steps: RoutineStep[]
  region: Region
  storePath: string
}) {
  const t = useTranslations("home")
  return (
    <>
      <main id="main" className="mx-auto max-w-6xl px-4 pb-24 sm:px-6">
        <section aria-labelledby="routine-title" className="py-12 sm:py-16">
          <p className="text-sm font-semibold uppercase tracking-widest text-accent">{t("kicker")}</p>
          <h1 id="routine-title" className="mt-3 max-w-2xl font-serif text-4xl leading-tight sm:text-5xl">
            {t("heading")}
          </h1>
          <p className="mt-4 max-w-2xl text-lg text-muted">{t("intro")}</p>
          <p className="mt-6">
            <Link
              href={links.guide(storePath, PORE_CARE_GUIDE)}
              className="inline-flex rounded-full bg-ink px-6 py-3 font-semibold text-cream hover:bg-accent"
            >
              {t("readGuide")}
            </Link>
          </p>
          <nav aria-label={t("jump")} className="mt-8">
            <ol className="flex flex-wrap gap-2">
              {steps.map((step) => (
                <li key={step.id}>
                  <a
                    href={`#${step.handle}`}
                    className="inline-flex rounded-full border border-ink/15 bg-white px-4 py-2 text-sm hover:border-accent"
                  >
                    {step.position}. {step.name}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          <QuizInvite storePath={storePath} className="mt-10" />
        </section>
        <div className="space-y-16">
          {steps.map((step) => (
            <StepSection key={step.id} step={step} currencyCode={region.currencyCode} storePath={storePath} />
          ))}
        </div>
      </main>
    </>
  )
}
