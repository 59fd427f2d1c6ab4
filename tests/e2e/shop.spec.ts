import AxeBuilder from "@axe-core/playwright"
import { expect, test } from "@playwright/test"
import { type Guide, STEPS } from "@lacremeluxe/shared"
import { regionByName, store } from "../support/api"
import { type SeededProduct, handles, seededCatalog } from "../support/seed"
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
  // One step alone is the step's own page; filters on it stay in its query.
  await expect(page).toHaveURL(/\/de\/en\/shop\/treat$/)
  await expect(shop.resultCount).toHaveText(countText(treatments))
  await shop.filters.getByRole("checkbox", { name: "Pregnancy-safe" }).check()
  await expect(page).toHaveURL(/\/de\/en\/shop\/treat\?pregnancy_safe=true$/)
  await expect(shop.resultCount).toHaveText(countText(narrowed))

  await page.reload()
  await expect(shop.filters.getByRole("checkbox", { name: "Treat" })).toBeChecked()
  await expect(shop.filters.getByRole("checkbox", { name: "Pregnancy-safe" })).toBeChecked()
  expect(await shop.count()).toBe(narrowed)
  await expect(shop.products).toHaveCount(narrowed)

  await page.goBack()
  await expect(page).toHaveURL(/\/de\/en\/shop\/treat$/)
  await expect(shop.resultCount).toHaveText(countText(treatments))
})

test("each step of the guide has a shop page of its own: its description from the guide and exactly its products", async ({
  page,
}) => {
  const region = await regionByName("Europe")
  const { body } = await store(`/store/guides/pore-care?region_id=${region.id}`)
  const sections = (body.guide as Guide).sections
  const { products } = await seededCatalog()
  const shop = new ShopPage(page)
  for (const step of STEPS) {
    const expected = handles(products.filter((p) => p.step === step.handle))
    expect(expected.length, step.handle).toBeGreaterThan(0)
    const section = sections.find((s) => s.kind === "step" && s.category?.handle === step.handle)!
    // The section's first paragraph as the page shows it (Markdown emphasis and links rendered away).
    const opening = section.body
      .trim()
      .split(/\n\s*\n/)[0]
      .replace(/\*\*/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    await shop.gotoStep(step.handle)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Shop ${step.name}`)
    await expect(shop.stepDescription).toContainText(opening)
    await expect(shop.resultCount).toHaveText(countText(expected.length))
    expect(await shop.handles()).toEqual(expected)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      new RegExp(`/de/en/shop/${step.handle}$`)
    )
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", opening)
  }
})

test("the old step address redirects permanently to the step's page, keeping the rest of the query", async ({
  page,
  request,
}) => {
  const old = await request.get("/de/en/shop?step=cleanse&sort=price_asc", { maxRedirects: 0 })
  expect(old.status()).toBe(308)
  // Relative or absolute, the redirect leads to the step's page with the rest of the query.
  const location = new URL(old.headers().location, "http://any.host")
  expect(`${location.pathname}${location.search}`).toBe("/de/en/shop/cleanse?sort=price_asc")
  await page.goto("/de/en/shop?step=cleanse")
  await expect(page).toHaveURL(/\/de\/en\/shop\/cleanse$/)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shop Cleanse")
})

test("filters on a step page narrow its products, and another step leaves it for the shop's query", async ({
  page,
}) => {
  const { products } = await seededCatalog()
  const cleansers = products.filter((p) => p.step === "cleanse")
  const fragranceFree = handles(cleansers.filter((p) => p.skincare.fragrance_free))
  // The seed has cleansers with and without fragrance, so the filter really narrows.
  expect(fragranceFree.length).toBeGreaterThan(0)
  expect(fragranceFree.length).toBeLessThan(cleansers.length)
  const shop = new ShopPage(page)
  await shop.gotoStep("cleanse")
  await shop.filters.getByRole("checkbox", { name: "Fragrance-free" }).check()
  await expect(page).toHaveURL(/\/de\/en\/shop\/cleanse\?fragrance_free=true$/)
  await expect(shop.resultCount).toHaveText(countText(fragranceFree.length))
  expect(await shop.handles()).toEqual(fragranceFree)
  await expect(shop.stepDescription).toBeVisible()
  await shop.filters.getByRole("checkbox", { name: "Mask" }).check()
  await expect(page).toHaveURL(/\/de\/en\/shop\?step=cleanse&step=mask&fragrance_free=true$/)
  const both = products.filter((p) => (p.step === "cleanse" || p.step === "mask") && p.skincare.fragrance_free)
  await expect(shop.resultCount).toHaveText(countText(both.length))
})

test("sorting by price orders the cards from cheapest to dearest", async ({ page }) => {
  const shop = new ShopPage(page)
  await shop.gotoStep("hydrate")
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
  await page.goto("/de/en/shop/hydrate", { waitUntil: "domcontentloaded" })
  await shop.filters.getByLabel("Sort by").selectOption("price_asc")
  await shop.filters.getByRole("checkbox", { name: "Fragrance-free" }).check()
  expect(page.url()).not.toMatch(/sort=/)
  release()
  await expect(page).toHaveURL(/\/de\/en\/shop\/hydrate\?.*sort=price_asc/)
  await expect(page).toHaveURL(/fragrance_free=true/)
  await expect(shop.filters.getByLabel("Sort by")).toHaveValue("price_asc")
})

test("words typed into search before the page's script has loaded get their results", async ({ page }) => {
  const release = await holdScripts(page)
  const shop = new ShopPage(page)
  await page.goto("/de/en", { waitUntil: "domcontentloaded" })
  await shop.search.fill("clay")
  release()
  await expect(page.getByRole("list", { name: "Search results" }).getByRole("link").first()).toContainText(/clay/i)
})

test("search shows results as you type, and Enter lists them combined with the filters", async ({ page }) => {
  const shop = new ShopPage(page)
  await page.goto("/de/en")
  await shop.search.fill("salicylic")
  const suggestions = page.getByRole("list", { name: "Search results" }).getByRole("link")
  await expect(suggestions.first()).toBeVisible()
  await expect(suggestions.first()).toContainText(/BHA|Salicylic|Toner/i)
  await shop.search.press("Enter")
  await expect(page).toHaveURL(/\/de\/en\/shop\?q=salicylic/)
  // What the Store API finds for the same words, exactly (its matching is tested in tests/api).
  await expect(shop.resultCount).toHaveText(countText(await catalogCount("q=salicylic")))
  await shop.filters.getByRole("checkbox", { name: "Sensitive" }).check()
  await expect(page).toHaveURL(/q=salicylic.*skin_type=sensitive/)
  await page.reload()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “salicylic”")
})

test("a search with no results suggests what to do instead", async ({ page }) => {
  const shop = new ShopPage(page)
  await shop.goto("de/en", "?q=clay&step=protect")
  const help = page.getByTestId("no-results")
  await expect(help).toContainText("without your filters")
  await help.getByRole("link", { name: "show them" }).click()
  await expect(page).toHaveURL(/\/de\/en\/shop\?q=clay$/)
  await expect(shop.resultCount).toHaveText(countText(await catalogCount("q=clay")))
})

test("a shopper adds a product to the cart from its page, and the count updates without a reload", async ({ page }) => {
  await page.goto("/de/en/products/pore-detox-green-clay-mask")
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
  "/de/en/shop",
  "/de/en/shop/cleanse",
  "/de/en/shop?q=zzzzqq",
  "/de/en/products/pore-clarity-cleansing-oil",
  "/de/en/products/complete-routine-set",
]) {
  test(`${path} has no accessibility violations (axe)`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([])
  })
}
