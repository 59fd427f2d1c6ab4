"use server"

import { formStore } from "../i18n/form-store"
import { translateFieldErrors } from "../i18n/field-errors"
import { refusalInWords } from "../i18n/refusal"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
import type { z } from "zod"
import { fieldErrors } from "../util/address"
import { mayFollowOrder } from "../data/after-sale"
import { rememberLookedUpOrder } from "../server/cookies"
import { links } from "../util/links"
import { medusa } from "../data/medusa"
import { LookupInput, ReturnInput, returnFormValues } from "../util/return-input"
import { clientHeaders, personal } from "../server/session"
import type { FormState } from "./form-state"

type OrderT = Awaited<ReturnType<typeof getTranslations<"orderActions">>>

/** The order messages in the language of the page the form was posted from. */
function orderT(form: FormData): Promise<OrderT> {
  return getTranslations({ locale: formStore(form, "country").locale, namespace: "orderActions" })
}

/** A refusal of the backend in the shopper's words; `refused` says what a 4xx means for this form. */
function refusal(error: unknown, t: OrderT, refused: (status: number) => string): string {
  return refusalInWords(error, { tooMany: t("tooMany"), refused, ourProblem: t("ourProblem") }, "order action")
}

/** The form's field errors ("orderActions.errors" keys) in the shopper's language. */
async function invalid(form: FormData, error: z.ZodError, values: Record<string, string>): Promise<FormState> {
  const locale = formStore(form, "country").locale
  const [t, errorsT] = await Promise.all([orderT(form), getTranslations({ locale, namespace: "orderActions.errors" })])
  return {
    status: "invalid",
    fieldErrors: translateFieldErrors(fieldErrors(error), errorsT),
    values,
    message: t("checkFields"),
  }
}

function country(form: FormData) {
  return formStore(form, "country").path
}

/**
 * A guest finds their order by e-mail and order number (sent in the body, never in a URL). A
 * match lets this browser follow the order for a day (httpOnly cookie) and opens its page.
 */
export async function lookUpOrderAction(_state: FormState, form: FormData): Promise<FormState> {
  const values = { email: String(form.get("email") ?? ""), order_number: String(form.get("order_number") ?? "") }
  const parsed = LookupInput.safeParse(values)
  if (!parsed.success) {
    return invalid(form, parsed.error, values)
  }
  let orderId: string
  try {
    const found = await medusa().client.fetch<{ order_id: string }>("/store/order-lookup", {
      method: "POST",
      body: { email: parsed.data.email, display_id: parsed.data.order_number },
      headers: await clientHeaders(),
    })
    orderId = found.order_id
  } catch (error) {
    // One sentence for every miss, as the backend has it: a guess never learns which half was wrong.
    const t = await orderT(form)
    return { status: "failed", message: refusal(error, t, () => t("noSuchOrder")), values }
  }
  await rememberLookedUpOrder(orderId)
  redirect(links.order(country(form), orderId))
}

/** The order's owner starts a return of the items and quantities chosen; reason and note optional. */
export async function startReturnAction(_state: FormState, form: FormData): Promise<FormState> {
  const orderId = String(form.get("order_id") ?? "")
  const raw = returnFormValues(form)
  const values = Object.fromEntries(
    [...form].filter(([key]) => key !== "order_id").map(([key, value]) => [key, String(value)])
  )
  const parsed = ReturnInput.safeParse(raw)
  if (!parsed.success) {
    return invalid(form, parsed.error, values)
  }
  const t = await orderT(form)
  if (!/^order_\w+$/.test(orderId) || !(await mayFollowOrder(orderId))) {
    return { status: "failed", message: t("notYours") }
  }
  try {
    await medusa().client.fetch(`/store/orders/${orderId}/returns`, {
      method: "POST",
      body: {
        items: parsed.data.items.map((item) => ({
          id: item.id,
          quantity: item.quantity,
          ...(parsed.data.reason_id ? { reason_id: parsed.data.reason_id } : {}),
          ...(parsed.data.note ? { note: parsed.data.note } : {}),
        })),
      },
      headers: await personal(),
    })
  } catch (error) {
    // The backend refuses what the page offered only when the order changed meanwhile (another
    // return, the period ended); a 404 means the order is not this shopper's.
    const refused = (status: number) => (status === 404 ? t("notYours") : t("returnRefused"))
    return { status: "failed", message: refusal(error, t, refused), values }
  }
  revalidatePath(
    form.get("from") === "account" ? links.accountOrder(country(form), orderId) : links.order(country(form), orderId)
  )
  return { status: "done", message: t("returnStarted") }
}
