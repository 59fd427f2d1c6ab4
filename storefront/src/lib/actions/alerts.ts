"use server"

import { shopperEmail } from "@lacremeluxe/shared"
import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { followMailLink, type MailLinkAction, orderRefillReminder, subscribeBackInStock } from "../data/alerts"
import { formStore } from "../i18n/form-store"
import { refusalInWords } from "../i18n/refusal"
import type { FormState } from "./form-state"

type AlertsT = Awaited<ReturnType<typeof getTranslations<"alerts">>>

/** The alert messages in the language of the page the form was posted from (field "country"). */
function alertsT(form: FormData): Promise<AlertsT> {
  return getTranslations({ locale: formStore(form, "country").locale, namespace: "alerts" })
}

/** A refusal of the backend in the shopper's words; `refused` says what a 4xx means for this form. */
function refusal(error: unknown, t: AlertsT, refused: (status: number) => string): string {
  const words = { tooMany: t("refusals.tooMany"), refused, ourProblem: t("refusals.ourProblem") }
  return refusalInWords(error, words, "alert action")
}

/** "E-mail me when it's back" on a sold-out size or set. */
export async function backInStockAction(_state: FormState, form: FormData): Promise<FormState> {
  const t = await alertsT(form)
  const values = { email: String(form.get("email") ?? "") }
  const email = shopperEmail.safeParse(values.email)
  if (!email.success) {
    const formsT = await getTranslations({ locale: formStore(form, "country").locale, namespace: "forms.errors" })
    return {
      status: "invalid",
      values,
      fieldErrors: { email: formsT("email") },
      message: t("refusals.invalidEmail"),
    }
  }
  try {
    const store = formStore(form, "country")
    const answer = await subscribeBackInStock(
      { variant_id: String(form.get("variant_id") ?? ""), email: email.data, country_code: store.country },
      store.locale
    )
    const sentence = answer.alert.status === "confirmed" ? "answers.confirmed" : "answers.pending"
    return { status: "done", message: t(sentence, { email: email.data }), values }
  } catch (error) {
    return { status: "failed", message: refusal(error, t, () => t("refusals.noAlertNeeded")), values }
  }
}

/** The button on the page an e-mail's confirm or unsubscribe link opens (no login). */
export async function mailLinkAction(_state: FormState, form: FormData): Promise<FormState> {
  const t = await alertsT(form)
  const action: MailLinkAction = form.get("action") === "confirm" ? "confirm" : "unsubscribe"
  try {
    const answer = await followMailLink(action, String(form.get("token") ?? ""))
    if (answer.action === "confirm") {
      return { status: "done", message: t("answers.linkConfirmed") }
    }
    return { status: "done", message: t(answer.stopped ? "answers.unsubscribed" : "answers.nothingToStop") }
  } catch (error) {
    const refused = (status: number) => t(status === 404 ? "refusals.alertGone" : "refusals.linkRefused")
    return { status: "failed", message: refusal(error, t, refused) }
  }
}

/** The order page's refill reminder: switch it on or off. */
export async function refillReminderAction(_state: FormState, form: FormData): Promise<FormState> {
  const t = await alertsT(form)
  const orderId = String(form.get("order_id") ?? "")
  const on = form.get("reminder") === "on"
  if (!/^order_\w+$/.test(orderId)) {
    return { status: "failed", message: t("refusals.orderNotFound") }
  }
  try {
    const reminder = await orderRefillReminder(orderId, on ? "POST" : "DELETE")
    revalidatePath("/[countryCode]/[lang]/account/orders/[id]", "page")
    return {
      status: "done",
      message: t(reminder.status === "scheduled" ? "answers.reminderOn" : "answers.reminderOff"),
    }
  } catch (error) {
    const refused = (status: number) => t(status === 404 ? "refusals.orderNotFound" : "refusals.noReminder")
    return { status: "failed", message: refusal(error, t, refused) }
  }
}
