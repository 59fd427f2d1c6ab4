import { StoreCreateReview } from "@lacremeluxe/shared"
import { createTranslator } from "next-intl"
import { describe, expect, it } from "vitest"
import de from "../../messages/de.json"
import en from "../../messages/en.json"
import fr from "../../messages/fr.json"
import { fieldErrors } from "./address"
import { reviewFieldErrors, type ReviewErrorsT } from "./review-errors"

/** The review form's refusals as a shopper reads them, for what they typed. */
function refusals(
  input: { rating?: number; title: string; text: string; skin_type?: string },
  [locale, messages]: [string, typeof en] = ["en-GB", en]
) {
  const parsed = StoreCreateReview.safeParse(input)
  const t = createTranslator({ locale, messages, namespace: "reviews.actions.errors" })
  return reviewFieldErrors(fieldErrors(parsed.error!), input, t as unknown as ReviewErrorsT)
}

describe("the review form's refusals", () => {
  it("say which of the backend's rules a field broke, in the page's language", () => {
    const empty = { title: " ", text: "", skin_type: "shiny" }
    expect(refusals(empty)).toEqual({
      rating: "Please choose a rating from 1 to 5 stars.",
      title: "Please give your review a title.",
      text: "Please write your review.",
      skin_type: "Please choose a skin type from the list.",
    })
    expect(refusals(empty, ["de-DE", de])).toEqual({
      rating: "Bitte wählen Sie 1 bis 5 Sterne.",
      title: "Bitte geben Sie Ihrer Bewertung einen Titel.",
      text: "Bitte schreiben Sie Ihre Bewertung.",
      skin_type: "Bitte wählen Sie einen Hauttyp aus der Liste.",
    })
  })

  it("name the longest title and review the backend takes", () => {
    const long = { rating: 4, title: "t".repeat(121), text: "r".repeat(2001) }
    expect(refusals(long)).toEqual({
      title: "The title is longer than 120 characters.",
      text: "Your review is longer than 2,000 characters.",
    })
    expect(refusals(long, ["fr-FR", fr]).text).toBe("Votre avis dépasse 2\u202f000 caractères.")
  })
})
