import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { seededCatalog } from "../support/seed"
import { HomePage } from "./pages/home-page"

const STEPS = ["Cleanse", "Exfoliate", "Hydrate", "Treat", "Mask", "Protect"]

/** What seed/ puts in a step's category: its products and its "shop this step" set. */
async function seededInStep(name?: string) {
  const { products, bundles } = await seededCatalog()
  const inStep = (item: { step: string | null }) =>
    item.step !== null && (name === undefined || item.step === name.toLowerCase())
  return products.filter(inStep).length + bundles.filter(inStep).length
}

test("the home page shows the six routine steps in guide order, each with priced products", async ({ page }) => {
  const home = new HomePage(page)
  await home.goto("de/en")
  await expect(home.steps.getByRole("heading", { level: 2 })).toHaveText(STEPS)
  for (const name of STEPS) {
    const products = home.productsOf(home.step(name))
    await expect(products, name).toHaveCount(await seededInStep(name))
    await expect(products.first().getByTestId("product-price")).toHaveText(/€\s?\d+[.,]\d{2}/)
  }
})

test("a visitor from the United States sees prices in US dollars", async ({ page }) => {
  const home = new HomePage(page)
  await home.goto("us")
  await expect(home.productsOf(home.step("Cleanse")).first().getByTestId("product-price")).toHaveText(
    /US\$\s?\d+\.\d{2}|\$\d+\.\d{2}/
  )
})

test("the bare address sends the visitor to the European store, in German", async ({ page }) => {
  await page.goto("/")
  await expect(page).toHaveURL(/\/de$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "de")
})

test("the home page logs no console errors and loads every product image", async ({ page }) => {
  const errors: string[] = []
  page.on("console", (message) => {
    if (message.type() === "error") {
      errors.push(message.text())
    }
  })
  page.on("pageerror", (error) => errors.push(error.message))
  const home = new HomePage(page)
  await home.goto("de/en")
  const images = page.locator("main img")
  // One image per product card of the six steps.
  await expect(images).toHaveCount(await seededInStep())
  const total = await images.count()
  for (let i = 0; i < total; i++) {
    await images.nth(i).scrollIntoViewIfNeeded()
    await expect(images.nth(i)).toHaveJSProperty("complete", true)
    expect(await images.nth(i).evaluate((img: HTMLImageElement) => img.naturalWidth), `image ${i}`).toBeGreaterThan(0)
  }
  expect(errors).toEqual([])
})

test("the home page has no accessibility violations (axe)", async ({ page }) => {
  const home = new HomePage(page)
  await home.goto("de/en")
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([])
})

test("the region switch is remembered: / leads back to the chosen store", async ({ page }) => {
  await page.goto("/de/en")
  const regions = page.getByRole("navigation", { name: "Region" })
  await regions.getByRole("link", { name: /United States/ }).click()
  await expect(page).toHaveURL(/\/us$/)
  await page.goto("/")
  await expect(page).toHaveURL(/\/us$/)
  await regions.getByRole("link", { name: /Europe/ }).click()
  // The region switch keeps the language the shopper reads; the bare address opens the country's own.
  await expect(page).toHaveURL(/\/de\/en$/)
  await page.goto("/")
  await expect(page).toHaveURL(/\/de$/)
})

test("every page is sent with security headers: CSP with frame-ancestors, Referrer-Policy, nosniff", async ({
  request,
}) => {
  for (const path of ["/de/en", "/de/en/guide/pore-care", "/de/en/products/cleanse-set"]) {
    const response = await request.get(path)
    const headers = response.headers()
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'")
    expect(headers["content-security-policy"], path).toContain("object-src 'none'")
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin")
    expect(headers["x-content-type-options"], path).toBe("nosniff")
    expect(headers["strict-transport-security"], path).toContain("max-age=")
  }
})
