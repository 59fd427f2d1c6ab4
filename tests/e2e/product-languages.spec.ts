import { VOCABULARY_LABELS } from "@lacremeluxe/shared"
import { expect, test } from "@playwright/test"
import de from "../../storefront/src/messages/de.json"
import fr from "../../storefront/src/messages/fr.json"
import { admin, adminToken, uniqueEmail } from "../support/api"
import { variantBySku } from "../support/alerts"
import { setStock } from "../support/inventory"
import { aReview, moderate, writeReview } from "../support/reviews"
import { registerShopper } from "../support/shopper"
import { setAvailable } from "../support/stock"
import { inWords } from "./support/messages"

// A product page's reviews and its back-in-stock form speak the store's language: the words come
// from the messages the pages are built from; numbers and dates from Intl, as the page formats them.
// Each language uses a product of its own that no other browser test sells or sells out.
const SHOPPERS = [
  { name: "German", store: "de", locale: "de-DE", words: de, sku: "LCL-MSK-CHAR-75" },
  { name: "French", store: "fr", locale: "fr-FR", words: fr, sku: "LCL-EXF-SOOT-200" },
] as const

for (const { name, store, locale, words, sku } of SHOPPERS) {
  test(`a ${name} shopper reads a sold-out product's reviews and asks to be e-mailed when it is back, all in ${name}`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const variant = await variantBySku(sku)
    const { body } = await admin(`/admin/products?handle=${variant.handle}&fields=id`, { token: await adminToken() })
    const productId: string = body.products[0].id
    const reviewer = await registerShopper(`review-${store}`)
    const title = `${name} review ${Date.now().toString(36)}`
    const written = await writeReview(productId, aReview({ rating: 4, title, skin_type: "oily" }), reviewer.token)
    expect(written.status).toBe(201)
    const review = written.body.review
    const stocked = await setAvailable(sku, 0)
    try {
      await moderate(review.id, "approve")
      // The page regenerates once the product sells out and once its review is approved.
      await expect(async () => {
        await page.goto(`/${store}/products/${variant.handle}`)
        await expect(page.getByRole("button", { name: words.cart.outOfStock })).toBeVisible({ timeout: 2_000 })
        await expect(page.getByTestId("review").filter({ hasText: title })).toBeVisible({ timeout: 1_000 })
      }).toPass({ timeout: 30_000, intervals: [1_000, 2_000] })

      const reviews = page.getByRole("region", { name: words.reviews.heading, exact: true })
      const summary = reviews.getByTestId("rating-summary")
      await expect(summary).toContainText(inWords(words.reviews.count, { count: 1 }))
      const average = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(4)
      await expect(summary).toContainText(average)
      await expect(summary.getByRole("img", { name: inWords(words.reviews.outOf, { value: 4 }) })).toBeVisible()
      const perStar = reviews.getByRole("list", { name: words.reviews.perStarLabel, exact: true })
      await expect(perStar).toContainText(inWords(words.reviews.perStar, { star: 4, count: 1 }))
      await expect(perStar).toContainText(inWords(words.reviews.perStar, { star: 1, count: 0 }))

      const shown = reviews
        .getByRole("list", { name: words.reviews.list, exact: true })
        .getByTestId("review")
        .filter({ hasText: title })
      const skin = VOCABULARY_LABELS[locale].skin_types.oily
      await expect(shown).toContainText(inWords(words.reviews.skin, { skin }))
      const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "Europe/Berlin" })
      await expect(shown.locator("time")).toHaveText(day.format(new Date(review.created_at)))
      // Not signed in: the form's place offers the sign-in, in the page's language.
      await expect(reviews.getByRole("link", { name: words.reviewForm.signIn })).toBeVisible()

      // "E-mail me when it's back", and the answer, in the page's language.
      const productTitle = (await page.getByRole("heading", { level: 1 }).innerText()).trim()
      const form = page.getByRole("form", { name: inWords(words.alertForms.formLabel, { what: productTitle }) })
      await expect(form.getByText(words.alertForms.intro)).toBeVisible()
      const email = uniqueEmail(`e2e-alert-${store}`)
      await form.getByLabel(words.alertForms.email).fill(email)
      await form.getByRole("button", { name: words.alertForms.submit }).click()
      await expect(form.getByRole("status")).toHaveText(inWords(words.alerts.answers.pending, { email }))
    } finally {
      await moderate(review.id, "reject")
      await setStock(sku, stocked)
    }
  })
}
