import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { regionByName, store } from "../support/api"
import { type SeededProduct, seededCatalog } from "../support/seed"
import { ShopPage } from "./pages/shop-page"
import { holdScripts } from "./support/hold-scripts"

/** The shop's result line for a count. */
const countText = (count: number) => (count === 1 ? "1 product" : `${count} products`)

/** How many products the Store API's listing finds for a query, in Europe. */
async function catalogCount(query: string) {
  const region = await regionByName("Europe")
  const { body } = await store(`/store/catalog?region_id=${region.id}&${query}`)
  return body.count as number
}

/** How many products of the seeded catalog a rule keeps: what the shop must list, exactly. */
async function seededCount(rule: (p: SeededProduct) => boolean) {
  return (await seededCatalog()).products.filter(rule).length
}

test("filters narrow the list, live in the URL, survive a reload and work with the back button", async ({ page }) => {
  const treatments = await seededCount((p) => p.step === "treat")
  const narrowed = await seededCount((p) => p.step === "treat" && p.skincare.pregnancy_safe)
  // The seed has treatments that are not pregnancy-safe, so the second filter really narrows.
  expect(narrowed).toBeLessThan(treatments)
  const shop = new ShopPage(page)
  await shop.goto()
  await expect(shop.resultCount).toHaveText(countText(await seededCount(() => true)))

  await shop.filters.getByRole("checkbox", { name: "Treat" }).check()
  await expect(page).toHaveURL(/step=treat/)
  await expect(shop.resultCount).toHaveText(countText(treatments))
  await shop.filters.getByRole("checkbox", { name: "Pregnancy-safe" }).check()
  await expect(page).toHaveURL(/step=treat.*pregnancy_safe=true|pregnancy_safe=true.*step=treat/)
  await expect(shop.resultCount).toHaveText(countText(narrowed))

  await page.reload()
  await expect(shop.filters.getByRole("checkbox", { name: "Treat" })).toBeChecked()
  await expect(shop.filters.getByRole("checkbox", { name: "Pregnancy-safe" })).toBeChecked()
  expect(await shop.count()).toBe(narrowed)
  await expect(shop.products).toHaveCount(narrowed)

  await page.goBack()
  await expect(page).toHaveURL(/step=treat$/)
  await expect(shop.resultCount).toHaveText(countText(treatments))
})

test("sorting by price orders the cards from cheapest to dearest", async ({ page }) => {
  const shop = new ShopPage(page)
  await shop.goto("de", "?step=hydrate")
  await shop.filters.getByLabel("Sort by").selectOption("price_asc")
  await expect(page).toHaveURL(/sort=price_asc/)
  // Each hydrating product's lowest seeded price, cheapest first.
  const expected = (await seededCatalog()).products
    .filter((p) => p.step === "hydrate")
    .map((p) => Math.min(...p.variants.map((v) => v.prices.eur)))
    .sort((a, b) => a - b)
  await expect
    .poll(async () =>
      (await shop.products.getByTestId("product-price").allInnerTexts()).map((t) =>
        Number(t.replace(/[^\d,.]/g, "").replace(",", "."))
      )
    )
    .toEqual(expected)
})

test("a sort or filter chosen before the page's script has loaded is applied once it has", async ({ page }) => {
  const release = await holdScripts(page)
  const shop = new ShopPage(page)
  await page.goto("/de/shop?step=hydrate", { waitUntil: "domcontentloaded" })
  await shop.filters.getByLabel("Sort by").selectOption("price_asc")
  await shop.filters.getByRole("checkbox", { name: "Fragrance-free" }).check()
  expect(page.url()).not.toMatch(/sort=/)
  release()
  await expect(page).toHaveURL(/step=hydrate.*sort=price_asc|sort=price_asc.*step=hydrate/)
  await expect(page).toHaveURL(/fragrance_free=true/)
  await expect(shop.filters.getByLabel("Sort by")).toHaveValue("price_asc")
})

test("words typed into search before the page's script has loaded get their results", async ({ page }) => {
  const release = await holdScripts(page)
  const shop = new ShopPage(page)
  await page.goto("/de", { waitUntil: "domcontentloaded" })
  await shop.search.fill("clay")
  release()
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("link").first()).toContainText(/clay/i)
})

test("search shows results as you type, and Enter lists them combined with the filters", async ({ page }) => {
  const shop = new ShopPage(page)
  await page.goto("/de")
  await shop.search.fill("salicylic")
  const suggestions = page.getByRole("list", { name: "Search results" }).getByRole("link")
  await expect(suggestions.first()).toBeVisible()
  await expect(suggestions.first()).toContainText(/BHA|Salicylic|Toner/i)
  await shop.search.press("Enter")
  await expect(page).toHaveURL(/\/de\/shop\?q=salicylic/)
  // What the Store API finds for the same words, exactly (its matching is tested in tests/api).
  await expect(shop.resultCount).toHaveText(countText(await catalogCount("q=salicylic")))
  await shop.filters.getByRole("checkbox", { name: "Sensitive" }).check()
  await expect(page).toHaveURL(/q=salicylic.*skin_type=sensitive/)
  await page.reload()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “salicylic”")
})

test("a search with no results suggests what to do instead", async ({ page }) => {
  const shop = new ShopPage(page)
  await shop.goto("de", "?q=clay&step=protect")
  const help = page.getByTestId("no-results")
  await expect(help).toContainText("without your filters")
  await help.getByRole("link", { name: "show them" }).click()
  await expect(page).toHaveURL(/\/de\/shop\?q=clay$/)
  await expect(shop.resultCount).toHaveText(countText(await catalogCount("q=clay")))
})

test("a shopper adds a product to the cart from its page, and the count updates without a reload", async ({ page }) => {
  await page.goto("/de/products/pore-detox-green-clay-mask")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pore Detox Green Clay Mask")
  await expect(page.getByTestId("when-to-use")).toHaveText("Evening, once a week")
  await expect(page.getByRole("heading", { name: "Warnings" })).toBeVisible()
  await expect(page.getByTestId("variant-price").first()).toHaveText(/€/)
  await expect(page.getByText(/€[\d.,]+ \/ 100 ml/).first()).toBeVisible()
  const count = page.getByTestId("cart-count")
  await expect(count).toContainText("0")
  await page.getByRole("button", { name: "Add to cart" }).click()
  await expect(page.getByRole("status").filter({ hasText: "is in your cart" })).toBeVisible()
  await expect(count).toContainText("1")
})

test("a US visitor sees USD on product pages and sales tax mentioned instead of VAT", async ({ page }) => {
  await page.goto("/us/products/pore-clarity-cleansing-oil")
  await expect(page.getByTestId("variant-price").first()).toHaveText(/\$\d+\.\d{2}/)
  await expect(page.getByText(/Sales tax is added at checkout/).first()).toBeVisible()
})

for (const path of [
  "/de/shop",
  "/de/shop?q=zzzzqq",
  "/de/products/pore-clarity-cleansing-oil",
  "/de/products/complete-routine-set",
]) {
  test(`${path} has no accessibility violations (axe)`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
  })
}
