import { REVIEW_TEXT_MAX, REVIEW_TITLE_MAX } from "@lacremeluxe/shared"
import type { FieldErrors } from "./address"

/** The "reviews.actions.errors" messages, in the shopper's language. */
export type ReviewErrorsT = (
  key: "rating" | "titleEmpty" | "titleLong" | "textEmpty" | "textLong" | "skinType",
  values?: { max: number }
) => string

/**
 * The review form's field errors in the shopper's words. The rules are the backend's own
 * (StoreCreateReview in @lacremeluxe/shared, whose sentences are English); which rule a field
 * broke is read from what was typed, so each language says it in its own words.
 */
export function reviewFieldErrors(
  errors: FieldErrors,
  values: { title: string; text: string },
  t: ReviewErrorsT
): FieldErrors {
  const sentence = (field: string): string | undefined => {
    switch (field) {
      case "rating":
        return t("rating")
      case "title":
        return values.title.trim() ? t("titleLong", { max: REVIEW_TITLE_MAX }) : t("titleEmpty")
      case "text":
        return values.text.trim() ? t("textLong", { max: REVIEW_TEXT_MAX }) : t("textEmpty")
      case "skin_type":
        return t("skinType")
      default:
        return errors[field]
    }
  }
  return Object.fromEntries(Object.keys(errors).map((field) => [field, sentence(field)]))
}
