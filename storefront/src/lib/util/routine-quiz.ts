/**
 * The routine quiz's answers as they travel: the shareable ones in the URL (`?skin=oily&concerns=…`),
 * the pregnancy answer never there (a POST body and an httpOnly cookie only). Pure: used by the quiz
 * and result pages, their server actions and the account page.
 */
import { CONCERNS, ROUTINE_MINUTES, RoutineRequest, SKIN_TYPES, type Concern, type SkinType } from "@lacremeluxe/shared"
import { links } from "./links"

export type RoutineMinutes = (typeof ROUTINE_MINUTES)[number]

/** One question per screen, in this order. */
export const QUIZ_STEPS = ["skin", "concerns", "pregnancy", "fragrance", "minutes", "budget"] as const
export type QuizStep = (typeof QUIZ_STEPS)[number]

/** What may be shared as a link: every answer but the pregnancy one (its type has no such field). */
export type SharedAnswers = {
  skin?: SkinType
  concerns?: Concern[]
  fragrance?: boolean
  minutes?: RoutineMinutes
  /** Per month in the region's currency; null: no limit (answered), undefined: not asked yet. */
  budget?: number | null
}

type Raw = Record<string, string | string[] | undefined> | URLSearchParams

const first = (raw: Raw, key: string): string | undefined => {
  const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key]
  return (Array.isArray(value) ? value[0] : value)?.trim()
}

const within = <T extends string | number>(values: readonly T[], value: unknown): value is T =>
  values.includes(value as T)

const yesNo = (value: string | undefined): boolean | undefined =>
  value === "yes" ? true : value === "no" ? false : undefined

/** A budget as typed: empty or "none" is no limit; anything else a positive whole amount. */
export function parseBudget(value: string | undefined): { ok: true; budget: number | null } | { ok: false } {
  if (value === undefined || value === "" || value === "none") {
    return { ok: true, budget: null }
  }
  const amount = Number(value.replace(",", "."))
  return Number.isFinite(amount) && amount > 0 && amount <= 100000 ? { ok: true, budget: amount } : { ok: false }
}

/** The shareable answers in a URL; unknown values are dropped, and a `pregnant` parameter is ignored. */
export function answersFromParams(raw: Raw): SharedAnswers {
  const answers: SharedAnswers = {}
  const skin = first(raw, "skin")
  if (within(SKIN_TYPES, skin)) answers.skin = skin
  const concerns = first(raw, "concerns")
  if (concerns !== undefined) {
    answers.concerns = [...new Set(concerns.split(","))].filter((value): value is Concern => within(CONCERNS, value))
  }
  const fragrance = yesNo(first(raw, "fragrance"))
  if (fragrance !== undefined) answers.fragrance = fragrance
  const minutes = Number(first(raw, "minutes"))
  if (within(ROUTINE_MINUTES, minutes)) answers.minutes = minutes
  const budget = first(raw, "budget")
  if (budget !== undefined) {
    const parsed = parseBudget(budget)
    if (parsed.ok) answers.budget = parsed.budget
  }
  return answers
}

/** The answers as URL parameters, in a stable order, only those given. */
export function answersToParams(answers: SharedAnswers): URLSearchParams {
  const params = new URLSearchParams()
  if (answers.skin) params.set("skin", answers.skin)
  if (answers.concerns) params.set("concerns", answers.concerns.join(","))
  if (answers.fragrance !== undefined) params.set("fragrance", answers.fragrance ? "yes" : "no")
  if (answers.minutes !== undefined) params.set("minutes", String(answers.minutes))
  if (answers.budget !== undefined) params.set("budget", answers.budget === null ? "none" : String(answers.budget))
  return params
}

const withQuery = (path: string, params: URLSearchParams) => {
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

/**
 * Where each question's page starts (its progress and heading): the fragment scrolls there and
 * sets where a screen reader and the Tab key go on, also after a full page load without JavaScript.
 */
export const QUIZ_ANCHOR = "quiz"

/** A question of the quiz (1-based), with the answers given so far. */
export function quizHref(country: string, step: number, answers: SharedAnswers, extra: Record<string, string> = {}) {
  const params = new URLSearchParams({ step: String(step) })
  for (const [key, value] of answersToParams(answers)) params.set(key, value)
  for (const [key, value] of Object.entries(extra)) params.set(key, value)
  return `${withQuery(links.routine(country), params)}#${QUIZ_ANCHOR}`
}

/** The result page for these answers: the link a shopper may share. */
export function resultHref(country: string, answers: SharedAnswers) {
  return withQuery(links.routineResult(country), answersToParams(answers))
}

/** The question number in a URL (1 to 6); anything else is the first. */
export function quizStepNumber(raw: Raw): number {
  const step = Number(first(raw, "step"))
  return Number.isInteger(step) && step >= 1 && step <= QUIZ_STEPS.length ? step : 1
}

/** What each question says when its answer is missing or not one of the choices. */
export const QUIZ_REFUSALS: Record<QuizStep, string> = {
  skin: "Choose the skin type closest to yours.",
  concerns: "Choose concerns from the list.",
  pregnancy: "Answer yes or no; we use it only to leave out what is not safe.",
  fragrance: "Answer yes or no.",
  minutes: "Choose how much time you have in the evening.",
  budget: "A budget must be a positive amount, or leave it empty for no limit.",
}

export type StepAnswer = { ok: true; answers: SharedAnswers; pregnant?: boolean } | { ok: false; message: string }

const refused = (step: QuizStep): StepAnswer => ({ ok: false, message: QUIZ_REFUSALS[step] })

/** Reads one question's answer from its form (a field named after the question). */
export function readStepAnswer(step: QuizStep, form: Raw, concernsSent: string[] = []): StepAnswer {
  const value = first(form, step)
  switch (step) {
    case "skin":
      return within(SKIN_TYPES, value) ? { ok: true, answers: { skin: value } } : refused("skin")
    case "concerns": {
      const concerns = [...new Set(concernsSent)]
      return concerns.every((concern) => within(CONCERNS, concern))
        ? { ok: true, answers: { concerns: concerns as Concern[] } }
        : refused("concerns")
    }
    case "pregnancy": {
      const pregnant = yesNo(value)
      return pregnant === undefined ? refused("pregnancy") : { ok: true, answers: {}, pregnant }
    }
    case "fragrance": {
      const fragrance = yesNo(value)
      return fragrance === undefined ? refused("fragrance") : { ok: true, answers: { fragrance } }
    }
    case "minutes": {
      const minutes = Number(value)
      return within(ROUTINE_MINUTES, minutes) ? { ok: true, answers: { minutes } } : refused("minutes")
    }
    case "budget": {
      const budget = parseBudget(value)
      return budget.ok ? { ok: true, answers: { budget: budget.budget } } : refused("budget")
    }
  }
}

/** The first question still to answer (1-based), or null when the plan can be asked for. */
export function firstUnanswered(answers: SharedAnswers, pregnant: boolean | undefined): number | null {
  const missing: Record<QuizStep, boolean> = {
    skin: !answers.skin,
    concerns: false, // none is an answer
    pregnancy: pregnant === undefined,
    fragrance: answers.fragrance === undefined,
    minutes: answers.minutes === undefined,
    budget: false, // optional
  }
  const index = QUIZ_STEPS.findIndex((step) => missing[step])
  return index === -1 ? null : index + 1
}

/** The backend's request for complete answers (validated by the shared contract), or null. */
export function routineRequest(regionId: string, answers: SharedAnswers, pregnant: boolean | undefined) {
  if (firstUnanswered(answers, pregnant) !== null) {
    return null
  }
  const parsed = RoutineRequest.safeParse({
    region_id: regionId,
    skin_type: answers.skin,
    concerns: answers.concerns ?? [],
    pregnant,
    fragrance_sensitive: answers.fragrance,
    minutes: answers.minutes,
    budget: answers.budget ?? null,
  })
  return parsed.success ? parsed.data : null
}

/** What an account keeps of a routine: the pregnancy answer only with the shopper's consent. */
export type SavedRoutine = { answers: SharedAnswers; pregnant?: boolean; saved_at: string }

export function savedRoutine(
  answers: SharedAnswers,
  pregnant: boolean | undefined,
  consent: boolean,
  now = new Date()
): SavedRoutine {
  const saved: SavedRoutine = { answers: answersFromParams(answersToParams(answers)), saved_at: now.toISOString() }
  if (consent && pregnant !== undefined) {
    saved.pregnant = pregnant
  }
  return saved
}

/** A routine saved in customer metadata, read defensively (staff can edit metadata by hand). */
export function readSavedRoutine(metadata: Record<string, unknown> | null | undefined): SavedRoutine | null {
  const value = metadata?.routine
  if (!value || typeof value !== "object") {
    return null
  }
  const record = value as Record<string, unknown>
  const stored = record.answers && typeof record.answers === "object" ? (record.answers as Record<string, unknown>) : {}
  const answers = answersFromParams(
    answersToParams({
      ...stored,
      concerns: Array.isArray(stored.concerns) ? stored.concerns : undefined,
    } as SharedAnswers)
  )
  if (!answers.skin) {
    return null
  }
  return {
    answers,
    pregnant: typeof record.pregnant === "boolean" ? record.pregnant : undefined,
    saved_at: typeof record.saved_at === "string" ? record.saved_at : "",
  }
}
