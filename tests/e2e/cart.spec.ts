import { expect, test, type Page } from "@playwright/test"
import { GuidePage } from "./pages/guide-page"

async function cartWithCleanseSet(page: Page) {
  const guide = new GuidePage(page)
  await guide.goto()
  await guide.shopPanel("Step 1 · Cleanse").getByRole("button", { name: "Add the set to cart" }).click()
  await expect(guide.cartCount).toContainText("1")
  await page.goto("/de/cart")
}

const money = (text: string) => Number(text.replace(/[^\d,.]/g, "").replace(",", "."))

test("a promo code is applied and removed, and an unknown code gets a clear error", async ({ page }) => {
  await cartWithCleanseSet(page)
  const total = page.getByTestId("cart-total")
  const before = money(await total.innerText())
  const code = page.getByLabel("Promo code")

  await code.fill("NOPE123")
  await page.getByRole("button", { name: "Apply" }).click()
  await expect(page.getByText("“NOPE123” is not a valid promo code.")).toBeVisible()
  await expect(page.getByTestId("cart-discount")).toHaveCount(0)

  await code.fill("welcome10")
  await page.getByRole("button", { name: "Apply" }).click()
  await expect(page.getByTestId("applied-promo")).toHaveText("WELCOME10")
  await expect(page.getByTestId("cart-discount")).toBeVisible()
  await expect.poll(async () => money(await total.innerText())).toBeCloseTo(before * 0.9, 1)

  await page.getByRole("button", { name: "Remove promo code WELCOME10" }).click()
  await expect(page.getByTestId("applied-promo")).toHaveCount(0)
  await expect.poll(async () => money(await total.innerText())).toBeCloseTo(before, 2)
})

test("changing a quantity updates the total and the header count; removing the last line empties the cart", async ({ page }) => {
  await cartWithCleanseSet(page)
  const total = page.getByTestId("cart-total")
  const one = money(await total.innerText())
  await page.getByLabel("Quantity of Double Cleanse Set").selectOption("2")
  await expect.poll(async () => money(await total.innerText())).toBeCloseTo(one * 2, 2)
  await expect(page.getByTestId("cart-count")).toContainText("2")
  await page.getByRole("button", { name: "Remove Double Cleanse Set" }).click()
  await expect(page.getByText("Your cart is empty.")).toBeVisible()
  await expect(page.getByTestId("cart-count")).toContainText("0")
})
