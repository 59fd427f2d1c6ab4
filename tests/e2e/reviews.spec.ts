import { expect, test, type Page } from "@playwright/test"
import { store } from "../support/api"
import { deliveredOrder } from "../support/orders"
import { moderate, staffReviewsOf } from "../support/reviews"
import { logIn } from "../support/shopper"
import { AccountPage, newEmail, PASSWORD } from "./pages/account-page"
import { AdminReviewsPage } from "./pages/admin-reviews-page"

const backendUrl = process.env.LCL_BACKEND_URL ?? "http://localhost:9000"
const staff = {
  email: process.env.ADMIN_EMAIL ?? "admin@lacremeluxe.test",
  password: process.env.ADMIN_PASSWORD ?? "lacremeluxe-admin",
}

test("a shopper reviews what they bought, staff reply and approve it in Medusa Admin, and the product page shows it verified with the reply", async ({
  page,
}) => {
  test.setTimeout(300_000)
  const email = newEmail("reviewer")
  const account = new AccountPage(page)
  await account.register(email)

  // The shopper's order of a product, delivered (placed and handled through the APIs, as in returns.spec).
  const { body: session } = await logIn(email, PASSWORD)
  const { order } = await deliveredOrder({ token: session.token, email, quantity: 1 })
  const { body } = await store(
    `/store/orders/${order.id}?fields=items.product_id,items.product_handle,items.product_title`,
    {
      token: session.token,
    }
  )
  const { product_id: productId, product_handle: handle, product_title: productTitle } = body.order.items[0]
  try {
    await reviewAndApprove(page, { handle, productTitle })
    // The product's page in Medusa Admin shows its rating as shoppers see it.
    const { body: figures } = await store(`/store/products/${productId}/reviews`)
    await page.goto(`${backendUrl}/app/products/${productId}`)
    await expect(page.getByTestId("product-rating")).toHaveText(
      `${figures.average} out of 5 from ${figures.count} review${figures.count === 1 ? "" : "s"}`
    )
  } finally {
    // The seeded product's page goes back to how other tests know it.
    for (const review of await staffReviewsOf(productId)) {
      if (review.status === "approved" && review.author === "Mara L.") await moderate(review.id, "reject")
    }
  }
})

async function reviewAndApprove(page: Page, { handle, productTitle }: { handle: string; productTitle: string }) {
  // Order history: "review what you bought" leads to the product's review form.
  await page.goto("/de/en/account")
  await page.getByRole("link", { name: `Review ${productTitle}` }).click()
  await expect(page).toHaveURL(new RegExp(`/de/en/products/${handle}#reviews$`))

  const form = page.getByRole("form", { name: "Write a review" })
  const title = `Clearer nose in two weeks ${Date.now().toString(36)}`
  const text = "I use it every evening. <b>No</b> stinging at all."
  await form.getByRole("radio", { name: "4 stars" }).check()
  await form.getByLabel("Title").fill(title)
  await form.getByLabel("Your review").fill(text)
  await form.getByLabel("Your skin type (optional)").selectOption("oily")
  await form.getByRole("button", { name: "Send review" }).click()
  await expect(form.getByRole("status")).toHaveText(
    "Thank you! Your review will appear here once our team has read it."
  )
  // Not shown before approval.
  await page.reload()
  await expect(page.getByText(title)).toHaveCount(0)

  const admin = new AdminReviewsPage(page, backendUrl)
  await admin.login(staff.email, staff.password)
  await admin.open()
  const pending = admin.review(title)
  await expect(pending).toContainText("Verified buyer")
  // Staff answer it; the reply goes live with the review.
  const answer = `Thank you! Start every other evening ${Date.now().toString(36)}.`
  await pending.getByRole("button", { name: `Reply to “${title}”` }).click()
  await pending.getByLabel("Reply (up to 2,000 characters)").fill(answer)
  await pending.getByRole("button", { name: "Save reply" }).click()
  await expect(page.getByText("Reply saved")).toBeVisible()
  await expect(pending).toContainText(answer)
  await pending.getByRole("button", { name: `Approve “${title}”` }).click()
  await expect(page.getByText("Review approved")).toBeVisible()

  // Approval revalidates the product's cached page: the review appears without waiting out the cache.
  await expect(async () => {
    await page.goto(`/de/en/products/${handle}`)
    await expect(page.getByTestId("review").filter({ hasText: title })).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 30_000, intervals: [1000, 2000] })
  const shown = page.getByTestId("review").filter({ hasText: title })
  await expect(shown).toContainText("Verified buyer")
  await expect(shown).toContainText("Mara L.")
  await expect(shown).toContainText("Oily skin")
  await expect(shown).toContainText(answer)
  // Markup the shopper typed is shown as the text they typed.
  await expect(shown.getByText(text)).toBeVisible()
  await expect(shown.locator("b")).toHaveCount(0)
  await expect(page.getByTestId("rating-summary").first()).toBeVisible()
  const product = (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((json) => JSON.parse(json))
    .find((data) => data["@type"] === "Product")
  expect(product.review.map((r: { name: string }) => r.name)).toContain(title)
  expect(product.aggregateRating["@type"]).toBe("AggregateRating")
}
