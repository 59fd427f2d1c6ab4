import { expect, test, type Page } from "@playwright/test"
import AxeBuilder from "@axe-core/playwright"
import { GuidePage } from "./pages/guide-page"
import { holdScripts } from "./support/hold-scripts"

async function addCleanseSet(page: Page) {
  const guide = new GuidePage(page)
  await guide.goto()
  await guide.shopPanel("Step 1 · Cleanse").getByRole("button", { name: "Add the set to cart" }).click()
  await expect(guide.cartCount).toContainText("1")
}

async function cartWithCleanseSet(page: Page) {
  await addCleanseSet(page)
  await page.goto("/de/en/cart")
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

test("changing a quantity updates the total and the header count; removing the last line empties the cart", async ({
  page,
}) => {
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

test("a quantity chosen before the cart page's script has loaded is applied once it has", async ({ page }) => {
  await addCleanseSet(page)
  const release = await holdScripts(page)
  await page.goto("/de/en/cart", { waitUntil: "domcontentloaded" })
  const one = money(await page.getByTestId("cart-total").innerText())
  await page.getByLabel("Quantity of Double Cleanse Set").selectOption("2")
  release()
  await expect.poll(async () => money(await page.getByTestId("cart-total").innerText())).toBeCloseTo(one * 2, 2)
  await expect(page.getByTestId("cart-count")).toContainText("2")
})

test("the header's cart opens a drawer: quantity, remove, checkout link, Escape closes it, 0 axe violations", async ({
  page,
}) => {
  const guide = new GuidePage(page)
  await guide.goto()
  await guide.shopPanel("Step 1 · Cleanse").getByRole("button", { name: "Add the set to cart" }).click()
  await expect(guide.cartCount).toContainText("1")

  await page.getByRole("banner").getByRole("link", { name: /^Cart/ }).click()
  const drawer = page.getByRole("dialog", { name: "Your cart" })
  await expect(drawer).toBeVisible()
  await expect(page).toHaveURL(/\/de\/en\/guide\/pore-care/) // still on the guide
  await expect(drawer.getByTestId("cart-line")).toContainText("Double Cleanse Set")
  const total = drawer.getByTestId("cart-total")
  const one = money(await total.innerText())
  await expect(drawer.getByRole("link", { name: "Go to checkout" })).toHaveAttribute("href", "/de/en/checkout")

  const axe = await new AxeBuilder({ page }).include("dialog").analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])

  await drawer.getByLabel("Quantity of Double Cleanse Set").selectOption("3")
  await expect.poll(async () => money(await total.innerText())).toBeCloseTo(one * 3, 2)
  await expect(guide.cartCount).toContainText("3")

  await page.keyboard.press("Escape")
  await expect(drawer).toBeHidden()
  await page.getByRole("banner").getByRole("link", { name: /^Cart/ }).click()
  await expect(drawer.getByTestId("cart-line")).toContainText("3 ×")
  await drawer.getByRole("button", { name: "Remove Double Cleanse Set" }).click()
  await expect(drawer.getByText("Your cart is empty.")).toBeVisible()
  await expect(guide.cartCount).toContainText("0")
})
