import Link from "next/link"
import { useLocale, useTranslations } from "next-intl"
import { CONCERNS, ROUTINE_MINUTES, SKIN_TYPES } from "@lacremeluxe/shared"
import { quizStepAction } from "@/lib/actions/routine"
import { links } from "@/lib/util/links"
import {
  answersToParams,
  QUIZ_ANCHOR,
  QUIZ_STEPS,
  quizHref,
  type QuizStep,
  type SharedAnswers,
} from "@/lib/util/routine-quiz"
import { vocabulary } from "@/lib/util/vocabulary"
import { FocusOnArrival } from "../components/focus-on-arrival"
import { QuizChoices } from "../components/quiz-choices"

const yesNo = (value: boolean | undefined) => (value === undefined ? [] : [value ? "yes" : "no"])

function Answer({
  step,
  answers,
  pregnant,
  currencyCode,
}: {
  step: QuizStep
  answers: SharedAnswers
  pregnant: boolean | undefined
  currencyCode: string
}) {
  const t = useTranslations("routine.quiz")
  const words = vocabulary(useLocale())
  const yesNoChoices = [
    { value: "yes", label: t("yes") },
    { value: "no", label: t("no") },
  ]
  switch (step) {
    case "skin":
      return (
        <QuizChoices
          name="skin"
          type="radio"
          checked={answers.skin ? [answers.skin] : []}
          choices={SKIN_TYPES.map((skin) => ({
            value: skin,
            label: words.skin_types[skin],
            detail: t(`skinDetails.${skin}`),
          }))}
        />
      )
    case "concerns":
      return (
        <QuizChoices
          name="concerns"
          type="checkbox"
          checked={answers.concerns ?? []}
          choices={CONCERNS.map((concern) => ({ value: concern, label: words.concerns[concern] }))}
        />
      )
    case "pregnancy":
      return <QuizChoices name="pregnancy" type="radio" checked={yesNo(pregnant)} choices={yesNoChoices} />
    case "fragrance":
      return <QuizChoices name="fragrance" type="radio" checked={yesNo(answers.fragrance)} choices={yesNoChoices} />
    case "minutes":
      return (
        <QuizChoices
          name="minutes"
          type="radio"
          checked={answers.minutes ? [String(answers.minutes)] : []}
          choices={ROUTINE_MINUTES.map((minutes) => ({ value: String(minutes), label: t(`minutes.${minutes}`) }))}
        />
      )
    case "budget":
      return (
        <div className="mt-6">
          <label htmlFor="quiz-budget" className="block font-semibold">
            {t("budgetLabel", { currency: currencyCode.toUpperCase() })}
          </label>
          <input
            id="quiz-budget"
            name="budget"
            type="number"
            inputMode="decimal"
            min={1}
            step="any"
            defaultValue={answers.budget ?? ""}
            className="mt-2 block w-40 rounded-lg border border-ink/20 bg-white px-3 py-2 text-lg"
          />
        </div>
      )
  }
}

/**
 * One question per screen, each a form posted to a server action (no JavaScript needed): the
 * answers so far travel in a hidden field, the pregnancy answer in an httpOnly cookie.
 */
export function QuizTemplate({
  storePath,
  currencyCode,
  number,
  answers,
  pregnant,
  refused,
  thenResult,
}: {
  storePath: string
  currencyCode: string
  /** The question, 1-based. */
  number: number
  answers: SharedAnswers
  pregnant: boolean | undefined
  refused: boolean
  /** Asked from the result page (a shared link has no pregnancy answer): back to it afterwards. */
  thenResult: boolean
}) {
  const t = useTranslations("routine.quiz")
  const step = QUIZ_STEPS[number - 1]
  const last = number === QUIZ_STEPS.length
  const carried = answersToParams({ ...answers, [step]: undefined })
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10 pb-24 sm:px-6 sm:py-14">
      <FocusOnArrival id="question" moment={`${number}${refused ? "!" : ""}`} />
      <p id={QUIZ_ANCHOR} className="scroll-mt-4 text-sm font-semibold uppercase tracking-widest text-accent">
        {t("kicker")}
      </p>
      <p id="quiz-progress" className="mt-2 text-sm text-muted" data-testid="quiz-progress">
        {t("progress", { number, total: QUIZ_STEPS.length })}
      </p>
      <ol aria-hidden="true" className="mt-2 flex gap-1">
        {QUIZ_STEPS.map((name, index) => (
          <li key={name} className={`h-1.5 flex-1 rounded-full ${index < number ? "bg-accent" : "bg-ink/10"}`} />
        ))}
      </ol>
      {/* Keyed by the question: each gets fresh inputs (a reused radio keeps the last one's checked state). */}
      <form key={step} action={quizStepAction} className="mt-8">
        <input type="hidden" name="country" value={storePath} />
        <input type="hidden" name="step" value={step} />
        <input type="hidden" name="answers" value={carried.toString()} />
        {thenResult ? <input type="hidden" name="then" value="result" /> : null}
        <fieldset aria-describedby={`quiz-progress question-hint${refused ? " question-error" : ""}`}>
          <legend>
            <h1 id="question" tabIndex={-1} className="font-serif text-3xl leading-tight sm:text-4xl">
              {t(`questions.${step}.title`)}
            </h1>
          </legend>
          <p id="question-hint" className="mt-3 text-muted">
            {t(`questions.${step}.hint`)}
          </p>
          {refused ? (
            <p
              id="question-error"
              role="alert"
              className="mt-3 rounded-xl bg-red-50 p-3 text-red-900 ring-1 ring-red-200"
            >
              {t(`refusals.${step}`)}
            </p>
          ) : null}
          <Answer step={step} answers={answers} pregnant={pregnant} currencyCode={currencyCode} />
        </fieldset>
        <div className="mt-10 flex items-center justify-between gap-4">
          {number > 1 ? (
            <Link href={quizHref(storePath, number - 1, answers)} className="rounded-full px-5 py-3 underline">
              {t("back")}
            </Link>
          ) : (
            <Link href={links.home(storePath)} className="rounded-full px-5 py-3 underline">
              {t("backToRoutine")}
            </Link>
          )}
          <button
            type="submit"
            className="rounded-full bg-ink px-8 py-3 font-semibold text-cream transition hover:bg-accent"
          >
            {last || thenResult ? t("showRoutine") : t("next")}
          </button>
        </div>
      </form>
    </main>
  )
}
