import Link from "next/link"
import { CONCERNS, ROUTINE_MINUTES, SKIN_TYPES, type SkinType } from "@lacremeluxe/shared"
import { quizStepAction } from "@/lib/actions/routine"
import { links } from "@/lib/util/links"
import {
  answersToParams,
  QUIZ_ANCHOR,
  QUIZ_REFUSALS,
  QUIZ_STEPS,
  quizHref,
  type QuizStep,
  type RoutineMinutes,
  type SharedAnswers,
} from "@/lib/util/routine-quiz"
import { label } from "@/lib/util/skincare-labels"
import { FocusOnArrival } from "../components/focus-on-arrival"
import { QuizChoices } from "../components/quiz-choices"

const SKIN_DETAILS: Record<SkinType, string> = {
  oily: "Shiny all over by midday",
  combination: "An oily T-zone, normal or dry cheeks",
  normal: "Rarely oily, rarely tight",
  dry: "Often feels tight or flaky",
  sensitive: "Easily red; products can sting",
}

const MINUTES_LABELS: Record<RoutineMinutes, string> = {
  5: "5 minutes: the essentials",
  10: "10 minutes",
  20: "20 minutes: the full routine",
}

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
]

const yesNo = (value: boolean | undefined) => (value === undefined ? [] : [value ? "yes" : "no"])

/** The question's heading and the line under it. */
const QUESTIONS: Record<QuizStep, { title: string; hint: string }> = {
  skin: {
    title: "What is your skin type?",
    hint: "If it changes with the seasons, choose how it is most of the year.",
  },
  concerns: { title: "What would you like to work on?", hint: "Choose any number, or none." },
  pregnancy: {
    title: "Are you pregnant or breastfeeding?",
    hint: "Some actives, such as retinoids, are not for pregnancy or breastfeeding; we use this answer only to leave them out. It never appears in a link, and it is saved to your account only if you say so.",
  },
  fragrance: {
    title: "Is your skin sensitive to fragrance?",
    hint: "Then we choose fragrance-free products only.",
  },
  minutes: {
    title: "How much time do you have in the evening?",
    hint: "With less time, optional steps are left out first.",
  },
  budget: {
    title: "What is your budget per month?",
    hint: "Optional: leave it empty for no limit.",
  },
}

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
  switch (step) {
    case "skin":
      return (
        <QuizChoices
          name="skin"
          type="radio"
          checked={answers.skin ? [answers.skin] : []}
          choices={SKIN_TYPES.map((skin) => ({ value: skin, label: label(skin), detail: SKIN_DETAILS[skin] }))}
        />
      )
    case "concerns":
      return (
        <QuizChoices
          name="concerns"
          type="checkbox"
          checked={answers.concerns ?? []}
          choices={CONCERNS.map((concern) => ({ value: concern, label: label(concern) }))}
        />
      )
    case "pregnancy":
      return <QuizChoices name="pregnancy" type="radio" checked={yesNo(pregnant)} choices={YES_NO} />
    case "fragrance":
      return <QuizChoices name="fragrance" type="radio" checked={yesNo(answers.fragrance)} choices={YES_NO} />
    case "minutes":
      return (
        <QuizChoices
          name="minutes"
          type="radio"
          checked={answers.minutes ? [String(answers.minutes)] : []}
          choices={ROUTINE_MINUTES.map((minutes) => ({ value: String(minutes), label: MINUTES_LABELS[minutes] }))}
        />
      )
    case "budget":
      return (
        <div className="mt-6">
          <label htmlFor="quiz-budget" className="block font-semibold">
            Budget per month in {currencyCode.toUpperCase()} (optional)
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
  const step = QUIZ_STEPS[number - 1]
  const question = QUESTIONS[step]
  const last = number === QUIZ_STEPS.length
  const carried = answersToParams({ ...answers, [step]: undefined })
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10 pb-24 sm:px-6 sm:py-14">
      <FocusOnArrival id="question" moment={`${number}${refused ? "!" : ""}`} />
      <p id={QUIZ_ANCHOR} className="scroll-mt-4 text-sm font-semibold uppercase tracking-widest text-accent">
        Find your routine
      </p>
      <p id="quiz-progress" className="mt-2 text-sm text-muted" data-testid="quiz-progress">
        Question {number} of {QUIZ_STEPS.length}
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
              {question.title}
            </h1>
          </legend>
          <p id="question-hint" className="mt-3 text-muted">
            {question.hint}
          </p>
          {refused ? (
            <p
              id="question-error"
              role="alert"
              className="mt-3 rounded-xl bg-red-50 p-3 text-red-900 ring-1 ring-red-200"
            >
              {QUIZ_REFUSALS[step]}
            </p>
          ) : null}
          <Answer step={step} answers={answers} pregnant={pregnant} currencyCode={currencyCode} />
        </fieldset>
        <div className="mt-10 flex items-center justify-between gap-4">
          {number > 1 ? (
            <Link href={quizHref(storePath, number - 1, answers)} className="rounded-full px-5 py-3 underline">
              Back
            </Link>
          ) : (
            <Link href={links.home(storePath)} className="rounded-full px-5 py-3 underline">
              Back to the routine
            </Link>
          )}
          <button
            type="submit"
            className="rounded-full bg-ink px-8 py-3 font-semibold text-cream transition hover:bg-accent"
          >
            {last || thenResult ? "Show my routine" : "Next"}
          </button>
        </div>
      </form>
    </main>
  )
}
