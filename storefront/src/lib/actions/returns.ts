"use server"

import { formStore } from "../i18n/form-store"
import { FetchError } from "@medusajs/js-sdk"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { fieldErrors } from "../util/address"
import { mayFollowOrder } from "../data/after-sale"
import { rememberLookedUpOrder } from "../server/cookies"
import { links } from "../util/links"
import { medusa } from "../data/medusa"
import { LookupInput, ReturnInput, returnFormValues } from "../util/return-input"
import { clientHeaders, personal } from "../server/session"
import type { FormState } from "./form-state"

const OUR_PROBLEM = "Something went wrong on our side. Nothing was changed; please try again in a moment."

/** The backend's own sentence for a refusal (it never says which half of a lookup was wrong). */
function refusal(error: unknown): string {
  if (error instanceof FetchError && error.status && error.status < 500 && error.message) {
    return error.message
  }
  console.error("order action failed", error)
  return OUR_PROBLEM
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
    return {
      status: "invalid",
      fieldErrors: fieldErrors(parsed.error),
      values,
      message: "Please check the highlighted fields.",
    }
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
    return { status: "failed", message: refusal(error), values }
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
    return {
      status: "invalid",
      fieldErrors: fieldErrors(parsed.error),
      values,
      message: "Please check the highlighted fields.",
    }
  }
  if (!/^order_\w+$/.test(orderId) || !(await mayFollowOrder(orderId))) {
    return {
      status: "failed",
      message: "This order is not yours to return, or your access to it has expired. Please look it up again.",
    }
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
    return { status: "failed", message: refusal(error), values }
  }
  revalidatePath(
    form.get("from") === "account" ? links.accountOrder(country(form), orderId) : links.order(country(form), orderId)
  )
  return { status: "done", message: "Your return is started. Send the items to the address shown below." }
}
