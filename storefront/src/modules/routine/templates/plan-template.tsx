import Link from "next/link"
import { useLocale, useTranslations } from "next-intl"
import type { PlanAnswer } from "@/lib/data/routine-plan"
import { links } from "@/lib/util/links"
import { formatMoney } from "@/lib/util/money"
import { answersToParams, quizHref, type SharedAnswers } from "@/lib/util/routine-quiz"
import { vocabulary } from "@/lib/util/vocabulary"
import { AddRoutineForm } from "../components/add-routine-form"
import { PlanSteps, stepName } from "../components/plan-steps"
import { SaveRoutineForm } from "../components/save-routine-form"
import { WeekTable } from "../components/week-table"

type PlanT = ReturnType<typeof useTranslations<"routine.plan">>

/** "For oily skin, working on visible pores, blackheads; 10 minutes in the evening." (in the locale) */
function answersInWords(answers: SharedAnswers, t: PlanT, locale: string, currencyCode?: string) {
  const words = vocabulary(locale)
  // English runs the labels into a sentence; German and French list them as they are.
  const inSentence = (text: string) => (locale.startsWith("en") ? text.toLowerCase().replace(/\buv\b/, "UV") : text)
  const parts = [t("forSkin", { skin: answers.skin ? inSentence(words.skin_types[answers.skin]) : "" })]
  if (answers.concerns?.length) {
    parts.push(t("workingOn", { concerns: answers.concerns.map((c) => inSentence(words.concerns[c])).join(", ") }))
  }
  if (answers.fragrance) {
    parts.push(t("fragranceFree"))
  }
  const time = t("eveningMinutes", { minutes: answers.minutes ?? 0 })
  const budget =
    answers.budget && currencyCode ? t("budget", { amount: formatMoney(answers.budget, currencyCode, locale) }) : ""
  return `${parts.join(", ")}; ${time}${budget}.`
}

export function PlanTemplate({
  storePath,
  answers,
  pregnant,
  answer,
  signedIn,
}: {
  storePath: string
  answers: SharedAnswers
  pregnant: boolean | undefined
  answer: PlanAnswer
  signedIn: boolean
}) {
  const t = useTranslations("routine.plan")
  const locale = useLocale()
  const plan = answer.ok ? answer.plan : null
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-10 pb-24 sm:px-6 sm:py-14">
      <p className="text-sm font-semibold uppercase tracking-widest text-accent">{t("kicker")}</p>
      <h1 className="mt-2 font-serif text-4xl leading-tight sm:text-5xl">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-lg text-muted">{answersInWords(answers, t, locale, plan?.currency_code)}</p>
      <p className="mt-3">
        <Link href={quizHref(storePath, 1, answers)} className="text-accent underline">
          {t("change")}
        </Link>
      </p>

      {!plan ? (
        <p role="alert" className="mt-8 rounded-xl bg-red-50 p-4 text-red-900 ring-1 ring-red-200">
          {answer.ok ? null : answer.message}
        </p>
      ) : (
        <>
          {plan.warnings.length ? (
            <section
              aria-labelledby="warnings-title"
              className="mt-8 max-w-3xl rounded-2xl border-l-4 border-accent bg-white p-5"
              data-testid="plan-warnings"
            >
              <h2 id="warnings-title" className="font-semibold">
                {t("beforeStart")}
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {plan.warnings.map((warning) => (
                  <li key={warning.code} data-code={warning.code}>
                    {warning.message}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <div className="mt-10 grid gap-12 lg:grid-cols-2">
            <PlanSteps time="morning" steps={plan.morning} currencyCode={plan.currency_code} storePath={storePath} />
            <PlanSteps time="evening" steps={plan.evening} currencyCode={plan.currency_code} storePath={storePath} />
          </div>

          <section
            aria-labelledby="cart-title"
            className="mt-12 grid gap-8 rounded-3xl bg-blush/60 p-6 sm:p-8 md:grid-cols-2"
          >
            <div>
              <h2 id="cart-title" className="font-serif text-3xl">
                {t("everything")}
              </h2>
              <p className="mt-2 text-2xl font-semibold" data-testid="plan-total">
                {formatMoney(plan.total, plan.currency_code, locale)}
              </p>
              <p className="text-sm text-muted">
                {t("items", { count: plan.items.length })}{" "}
                {plan.currency_code === "eur" ? t("vatIncluded") : t("salesTax")}
              </p>
              <p className="mt-2" data-testid="plan-per-month">
                {t("perMonth", { amount: formatMoney(plan.per_month, plan.currency_code, locale) })}
              </p>
              {plan.sets.length ? (
                <ul className="mt-4 space-y-2 text-sm" data-testid="plan-sets">
                  {plan.sets.map((set) => (
                    <li key={set.product_id}>
                      {t.rich("saveWithSet", {
                        amount: formatMoney(set.saving, plan.currency_code, locale),
                        title: set.title,
                        set: (chunks) => (
                          <Link
                            href={links.product(storePath, set.handle)}
                            className="font-semibold text-accent underline"
                          >
                            {chunks}
                          </Link>
                        ),
                      })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
            <div className="space-y-6">
              <AddRoutineForm storePath={storePath} items={plan.items} />
              {signedIn ? (
                <SaveRoutineForm
                  storePath={storePath}
                  answers={answersToParams(answers).toString()}
                  hasPregnancyAnswer={pregnant !== undefined}
                />
              ) : (
                <p className="text-sm">
                  {t.rich("logInToSave", {
                    login: (chunks) => (
                      <Link href={`${links.account(storePath)}/login`} prefetch={false} className="underline">
                        {chunks}
                      </Link>
                    ),
                  })}
                </p>
              )}
            </div>
          </section>

          <WeekTable plan={plan} />

          {plan.left_out.length ? (
            <section aria-labelledby="left-out-title" className="mt-12 max-w-3xl" data-testid="plan-left-out">
              <h2 id="left-out-title" className="font-serif text-3xl">
                {t("leftOut")}
              </h2>
              <ul className="mt-3 space-y-2">
                {plan.left_out.map((left) => (
                  <li key={left.step}>
                    <span className="font-semibold">{stepName(left.step, locale)}:</span> {left.reason}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </main>
  )
}
