"use server"

import { shopperEmail } from "@lacremeluxe/shared"
import { formStore } from "../i18n/form-store"
import { FetchError } from "@medusajs/js-sdk"
import { revalidatePath } from "next/cache"
import { followMailLink, type MailLinkAction, orderRefillReminder, subscribeBackInStock } from "../data/alerts"
import type { FormState } from "./form-state"

const OUR_PROBLEM = "Something went wrong on our side. Nothing was changed; please try again in a moment."

/** The backend's own sentence for a refusal (bad address, in stock again, limit reached, old link). */
function refusal(error: unknown): string {
  if (error instanceof FetchError && error.status && error.status < 500 && error.message) {
    return error.message
  }
  console.error("alert action failed", error)
  return OUR_PROBLEM
}

/** "E-mail me when it's back" on a sold-out size or set. */
export async function backInStockAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = { email: String(form.get("email") ?? "") }
  const email = shopperEmail.safeParse(values.email)
  if (!email.success) {
    return {
      status: "invalid",
      values,
      fieldErrors: { email: email.error.issues[0]?.message ?? "Enter a valid e-mail address." },
      message: "Please check your e-mail address.",
    }
  }
  try {
    const store = formStore(form, "country")
    const answer = await subscribeBackInStock(
      { variant_id: String(form.get("variant_id") ?? ""), email: email.data, country_code: store.country },
      store.locale
    )
    return { status: "done", message: answer.message, values }
  } catch (error) {
    return { status: "failed", message: refusal(error), values }
  }
}

/** The button on the page an e-mail's confirm or unsubscribe link opens (no login). */
export async function mailLinkAction(_state: FormState, form: FormData): Promise<FormState> {
  const action = form.get("action") === "confirm" ? "confirm" : ("unsubscribe" satisfies MailLinkAction)
  try {
    const answer = await followMailLink(action, String(form.get("token") ?? ""))
    return { status: "done", message: answer.message }
  } catch (error) {
    return { status: "failed", message: refusal(error) }
  }
}

/** The order page's refill reminder: switch it on or off. */
export async function refillReminderAction(_state: FormState, form: FormData): Promise<FormState> {
  const orderId = String(form.get("order_id") ?? "")
  const on = form.get("reminder") === "on"
  if (!/^order_\w+$/.test(orderId)) {
    return { status: "failed", message: "This order could not be found." }
  }
  try {
    const reminder = await orderRefillReminder(orderId, on ? "POST" : "DELETE")
    revalidatePath("/[countryCode]/account/orders/[id]", "page")
    return {
      status: "done",
      message:
        reminder.status === "scheduled"
          ? "Your refill reminder is on."
          : "Your refill reminder is off: we will not e-mail you about this order.",
    }
  } catch (error) {
    return { status: "failed", message: refusal(error) }
  }
}
