"use server"

import { StoreCreateReview } from "@lacremeluxe/shared"
import { getTranslations } from "next-intl/server"
import { medusa } from "../data/medusa"
import { formStore } from "../i18n/form-store"
import { refusalInWords } from "../i18n/refusal"
import { clientHeaders, personal } from "../server/session"
import { fieldErrors } from "../util/address"
import { reviewFieldErrors, type ReviewErrorsT } from "../util/review-errors"
import type { FormState } from "./form-state"

/**
 * The signed-in shopper's review of a product (a second one replaces the first). Checked with the
 * backend's own rules first, so the form shows its refusals beside the fields, in the page's language.
 */
export async function submitReviewAction(productId: string, _state: FormState, form: FormData): Promise<FormState> {
  const t = await getTranslations({ locale: formStore(form).locale, namespace: "reviews.actions" })
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
    const errorsT = ((key, args) => t(`errors.${key}`, args)) as ReviewErrorsT
    return {
      status: "invalid",
      fieldErrors: reviewFieldErrors(fieldErrors(parsed.error), values, errorsT),
      values,
      message: t("check"),
    }
  }
  try {
    await medusa().client.fetch(`/store/products/${encodeURIComponent(productId)}/reviews`, {
      method: "POST",
      body: parsed.data,
      headers: { ...(await personal()), ...(await clientHeaders()) },
    })
  } catch (error) {
    const words = {
      tooMany: t("tooMany"),
      refused: (status: number) => (status === 401 ? t("signIn") : t("notAccepted")),
      ourProblem: t("ourProblem"),
    }
    return { status: "failed", message: refusalInWords(error, words, "review"), values }
  }
  return { status: "done", message: t("thanks") }
}
