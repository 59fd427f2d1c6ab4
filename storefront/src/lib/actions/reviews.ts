"use server"

import { StoreCreateReview } from "@lacremeluxe/shared"
import { FetchError } from "@medusajs/js-sdk"
import { medusa } from "../data/medusa"
import { clientHeaders, personal } from "../server/session"
import { fieldErrors } from "../util/address"
import type { FormState } from "./form-state"

const WORDS = {
  thanks: "Thank you! Your review will appear here once our team has read it.",
  check: "Please check the highlighted fields.",
  signIn: "Please sign in again to write a review.",
  ourProblem: "Something went wrong on our side. Your review was not sent; please try again in a moment.",
}

/**
 * The signed-in shopper's review of a product (a second one replaces the first). Checked with the
 * backend's own rules first, so the form shows the same sentences beside its fields.
 */
export async function submitReviewAction(productId: string, _state: FormState, form: FormData): Promise<FormState> {
  const values = {
    rating: String(form.get("rating") ?? ""),
    title: String(form.get("title") ?? ""),
    text: String(form.get("text") ?? ""),
    skin_type: String(form.get("skin_type") ?? ""),
  }
  const parsed = StoreCreateReview.safeParse({
    ...values,
    rating: values.rating === "" ? undefined : Number(values.rating),
    skin_type: values.skin_type || null,
  })
  if (!parsed.success) {
    return { status: "invalid", fieldErrors: fieldErrors(parsed.error), values, message: WORDS.check }
  }
  try {
    await medusa().client.fetch(`/store/products/${encodeURIComponent(productId)}/reviews`, {
      method: "POST",
      body: parsed.data,
      headers: { ...(await personal()), ...(await clientHeaders()) },
    })
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) {
      return { status: "failed", message: WORDS.signIn, values }
    }
    if (error instanceof FetchError && error.status && error.status < 500 && error.message) {
      return { status: "failed", message: error.message, values }
    }
    console.error("review not sent", error instanceof Error ? error.message : error)
    return { status: "failed", message: WORDS.ourProblem, values }
  }
  return { status: "done", message: WORDS.thanks }
}
