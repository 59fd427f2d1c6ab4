"use server"

import { FetchError } from "@medusajs/js-sdk"
import { getTranslations } from "next-intl/server"
import { formStore } from "../i18n/form-store"
import { redirect } from "next/navigation"
import { CartBatch } from "@lacremeluxe/shared"
import { addItemsToCart, CartError, cartErrorMessage } from "../data/cart"
import { medusa } from "../data/medusa"
import { regionForCountry } from "../data/regions"
import { pregnancyAnswer, rememberPregnancyAnswer } from "../server/cookies"
import { personal, sessionToken } from "../server/session"
import {
  answersFromParams,
  firstUnanswered,
  QUIZ_STEPS,
  quizHref,
  readStepAnswer,
  resultHref,
  savedRoutine,
  type QuizStep,
} from "../util/routine-quiz"
import type { CartFormState, FormState } from "./form-state"

/** The answers given before this question, carried by the form as a query string (never the pregnancy one). */
function carried(form: FormData) {
  return answersFromParams(new URLSearchParams(String(form.get("answers") ?? "")))
}

/**
 * One question of the quiz, posted (works without JavaScript): the pregnancy answer goes into an
 * httpOnly cookie, every other answer into the next question's URL (whose fragment leads a screen
 * reader to the question after a full page load, too).
 */
export async function quizStepAction(form: FormData): Promise<void> {
  const country = formStore(form, "country").path
  const step = String(form.get("step") ?? "") as QuizStep
  const index = QUIZ_STEPS.indexOf(step)
  const before = carried(form)
  if (index === -1) {
    redirect(quizHref(country, 1, before))
  }
  const value = form.get(step)
  const answer = readStepAnswer(
    step,
    { [step]: typeof value === "string" ? value : undefined },
    form.getAll("concerns").map(String)
  )
  if (!answer.ok) {
    redirect(quizHref(country, index + 1, before, { error: "1" }))
  }
  if (answer.pregnant !== undefined) {
    await rememberPregnancyAnswer(answer.pregnant)
  }
  const answers = { ...before, ...answer.answers }
  const last = index === QUIZ_STEPS.length - 1
  if (last || form.get("then") === "result") {
    const missing = firstUnanswered(answers, answer.pregnant ?? (await pregnancyAnswer()))
    redirect(missing === null ? resultHref(country, answers) : quizHref(country, missing, answers))
  }
  redirect(quizHref(country, index + 2, answers))
}

/** "Add my routine to the cart": every item of the plan in one round trip. */
export async function addRoutineToCartAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const store = formStore(form, "country")
  const t = await getTranslations({ locale: store.locale, namespace: "routine.actions" })
  const region = await regionForCountry(store.country)
  let items: unknown
  try {
    items = JSON.parse(String(form.get("items") ?? ""))
  } catch {
    items = null
  }
  const batch = CartBatch.safeParse({ items })
  if (!region || !batch.success) {
    return { status: "failed", message: t("incomplete") }
  }
  try {
    const cart = await addItemsToCart({ region, country: store.country, locale: store.locale }, batch.data.items)
    return { status: "done", itemCount: cart.itemCount, message: t("added", { count: batch.data.items.length }) }
  } catch (error) {
    if (error instanceof CartError) {
      const cartT = await getTranslations({ locale: store.locale, namespace: "cart.actions" })
      return { status: "failed", message: cartErrorMessage(error, cartT) }
    }
    console.error("add routine to cart failed", error instanceof Error ? error.message : error)
    return { status: "failed", message: t("ourSide") }
  }
}

/**
 * Saves the routine's answers to the signed-in shopper's account (customer metadata). The
 * pregnancy answer is saved only when the shopper ticks the consent box; otherwise it is removed.
 */
export async function saveRoutineAction(_previous: FormState, form: FormData): Promise<FormState> {
  const t = await getTranslations({ locale: formStore(form, "country").locale, namespace: "routine.actions" })
  if (!(await sessionToken())) {
    return { status: "failed", message: t("logInToSave") }
  }
  const consent = form.get("keep_pregnancy") === "yes"
  const routine = savedRoutine(carried(form), await pregnancyAnswer(), consent)
  try {
    await medusa().store.customer.update({ metadata: { routine } }, {}, await personal())
  } catch (error) {
    if (error instanceof FetchError && (error.status === 401 || error.status === 404)) {
      return { status: "failed", message: t("sessionEnded") }
    }
    console.error("save routine failed", error instanceof FetchError ? error.status : "network")
    return { status: "failed", message: t("notSaved") }
  }
  return {
    status: "done",
    values: consent ? { keep_pregnancy: "yes" } : {},
    message: t("saved"),
  }
}
