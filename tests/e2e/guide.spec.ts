import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { GuidePage } from "./pages/guide-page"

test("the guide shows every section in order with a table of contents that jumps to each", async ({ page }) => {
  const guide = new GuidePage(page)
  await guide.goto()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pore care, step by step")
  const entries = guide.tableOfContents.getByRole("link")
  await expect(entries).toHaveCount(11)
  await expect(guide.sections).toHaveCount(11)
  await expect(entries.nth(3)).toHaveText("Step 1 · Cleanse")
  await entries.nth(3).click()
  await expect(page).toHaveURL(/#cleanse$/)
  const cleanse = guide.section("Step 1 · Cleanse")
  await expect(cleanse).toBeInViewport()
  await expect(cleanse.getByTestId("how-often")).toContainText("Every evening")
  await expect(cleanse.getByRole("note", { name: "Precautions" })).toContainText("harsh")
  await expect(cleanse.getByTestId("product-card")).toHaveCount(4)
})

test("'Shop this step' puts the double-cleanse set in the cart in one round trip, at the bundle price", async ({
  page,
}) => {
  const guide = new GuidePage(page)
  await guide.goto()
  const panel = guide.shopPanel("Step 1 · Cleanse")
  await expect(panel.getByRole("heading")).toHaveText("Double Cleanse Set")
  const bundlePrice = (await panel.getByTestId("bundle-price").innerText()).trim()
  await expect(panel.getByTestId("bundle-saving")).toContainText("You save")
  await expect(guide.cartCount).toContainText("0")

  await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true))
  const requests: string[] = []
  page.on("request", (request) => {
    if (request.method() === "POST") requests.push(request.url())
  })
  await panel.getByRole("button", { name: "Add the set to cart" }).click()
  await expect(panel.getByRole("status")).toHaveText("Double Cleanse Set is in your cart.")
  await expect(guide.cartCount).toContainText("1")
  // One round trip: the server action, posted to the guide's own address.
  expect(requests).toEqual([page.url()])
  expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true)

  await page.getByRole("banner").getByRole("link", { name: /^Cart/ }).click()
  const line = page.getByTestId("cart-line")
  await expect(line).toHaveCount(1)
  await expect(line).toContainText("Double Cleanse Set")
  await expect(line.getByTestId("cart-line-unit-price")).toHaveText(bundlePrice)
})

test("a bundle's product page lists its components, each linked to its own page", async ({ page }) => {
  await page.goto("/de/en/products/cleanse-set")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Double Cleanse Set")
  const components = page.getByTestId("bundle-components").getByRole("link")
  await expect(components).toHaveCount(2)
  await expect(components).toHaveText([/Cleansing Oil/, /Gentle Foam Cleanser/])
  await components.first().click()
  await expect(page).toHaveURL(/\/de\/en\/products\/pore-clarity-cleansing-oil$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pore Clarity Cleansing Oil")
  await expect(page.getByRole("link", { name: "Double Cleanse Set" })).toBeVisible()
})

test("the guide logs no console errors and has no accessibility violations (axe)", async ({ page }) => {
  const errors: string[] = []
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text())
  })
  const guide = new GuidePage(page)
  await guide.goto()
  await expect(guide.sections).toHaveCount(11)
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
  expect(errors).toEqual([])
})

test("the guide carries Article and BreadcrumbList structured data and a canonical URL", async ({ page }) => {
  const guide = new GuidePage(page)
  await guide.goto()
  const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').first().innerText())
  const types = jsonLd["@graph"].map((node: { "@type": string }) => node["@type"])
  expect(types).toEqual(["Article", "BreadcrumbList"])
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/de\/en\/guide\/pore-care$/)
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Pore care, step by step")
})
