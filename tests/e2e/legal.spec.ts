import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"

/** The legal pages in footer order: the link's text is the page's title. */
const LEGAL_PAGES = [
  { title: "Imprint", path: "/de/en/legal/imprint" },
  { title: "Terms and conditions", path: "/de/en/legal/terms" },
  { title: "Privacy and cookies", path: "/de/en/legal/privacy" },
  { title: "Right of withdrawal", path: "/de/en/legal/withdrawal" },
  { title: "Shipping and returns", path: "/de/en/legal/shipping-returns" },
]

const STORE_COOKIES = ["lcl_cart", "lcl_country", "lcl_language", "lcl_last_order", "lcl_session"]

const legalNavigation = (page: Page) => page.getByRole("contentinfo").getByRole("navigation", { name: "Legal" })

test("the footer's Legal navigation links to the five legal pages", async ({ page }) => {
  await page.goto("/de/en")
  const legal = legalNavigation(page)
  await expect(legal.getByRole("link")).toHaveText(LEGAL_PAGES.map(({ title }) => title))
  for (const { title, path } of LEGAL_PAGES) {
    await expect(legal.getByRole("link", { name: title, exact: true })).toHaveAttribute("href", path)
  }
  await legal.getByRole("link", { name: "Right of withdrawal", exact: true }).click()
  await expect(page).toHaveURL(/\/de\/en\/legal\/withdrawal$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Right of withdrawal")
})

test("every legal page shows its title as the heading, has a canonical URL and no accessibility violations (axe)", async ({
  page,
}) => {
  for (const { title, path } of LEGAL_PAGES) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(200)
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(title)
    await expect(page, path).toHaveTitle(`${title} · LACREMELUXE`)
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", new RegExp(`${path}$`))
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
      path
    ).toEqual([])
  }
})

test("the privacy page lists every cookie the store sets and says no consent banner is needed", async ({ page }) => {
  await page.goto("/de/en/legal/privacy")
  const main = page.getByRole("main")
  await expect(main.getByRole("heading", { level: 2, name: "Cookies" })).toBeVisible()
  await expect(main).toContainText("no consent banner is needed")
  for (const cookie of STORE_COOKIES) {
    await expect(main.getByRole("listitem").filter({ hasText: cookie }), cookie).toContainText("Lifetime:")
  }
})

test("browsing the shop sets no cookies other than the essential ones the privacy page lists", async ({
  page,
  context,
}) => {
  for (const path of ["/de/en", "/de/en/guide/pore-care", "/de/en/products/cleanse-set", "/de/en/legal/privacy"]) {
    await page.goto(path)
  }
  const names = (await context.cookies()).map((cookie) => cookie.name)
  expect(names.filter((name) => !STORE_COOKIES.includes(name))).toEqual([])
})

test("the US store's withdrawal page links to its own shipping page, with prices in US dollars", async ({ page }) => {
  await page.goto("/us/legal/withdrawal")
  await page.getByRole("main").getByRole("link", { name: "shipping and returns" }).click()
  await expect(page).toHaveURL(/\/us\/legal\/shipping-returns$/)
  await expect(page.getByRole("heading", { level: 3, name: "United States" })).toBeVisible()
  await expect(page.getByRole("main")).toContainText("$6.50")
})

test("an unknown legal page answers 404 with the not-found page", async ({ page }) => {
  for (const path of ["/de/en/legal/cookies", "/de/en/legal/Imprint"]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Page not found")
  }
})
