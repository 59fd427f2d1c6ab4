import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { STEPS } from "@lacremeluxe/shared"
import de from "../../storefront/src/messages/de.json"
import en from "../../storefront/src/messages/en.json"
import fr from "../../storefront/src/messages/fr.json"
import { seededCatalog } from "../support/seed"
import { ShopPage } from "./pages/shop-page"

/** A phone's screen (the size issue 15 names), touch and all. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

const header = (page: Page) => page.getByRole("banner")
const menuButton = (page: Page) => header(page).getByRole("button", { name: "Menu" })
/** "Filters", or "Filters (2)" with two set (not "Apply filters"). */
const filtersButton = (page: Page) => page.getByRole("button", { name: /^Filters( \(\d+\))?$/ })

test("on a phone the header is one row — logo, cart, menu — and the menu holds navigation and region", async ({
  page,
}) => {
  await page.goto("/de/en/guide/pore-care")
  const logo = header(page).getByRole("link", { name: "LACREMELUXE" })
  const cart = header(page).getByRole("link", { name: /^Cart/ })
  const rows = await Promise.all([logo, cart, menuButton(page)].map((part) => part.boundingBox()))
  const middles = rows.map((box) => Math.round(box!.y + box!.height / 2))
  // One row: the three share a middle line, and nothing else of the header shows.
  expect(new Set(middles).size, `middles ${middles.join(", ")}`).toBe(1)
  await expect(header(page).getByRole("navigation", { name: "Main" })).toBeHidden()
  await expect(header(page).getByRole("navigation", { name: "Region" })).toBeHidden()
  await expect(header(page).getByRole("search")).toBeHidden()

  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false")
  await menuButton(page).click()
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true")
  const main = header(page).getByRole("navigation", { name: "Main" })
  // Focus moves into the menu, to its first link.
  await expect(main.getByRole("link", { name: "The pore-care guide" })).toBeFocused()
  await expect(main.getByRole("link")).toHaveText(["The pore-care guide", "Shop all", "Account"])
  await expect(header(page).getByRole("navigation", { name: "Region" }).getByRole("link")).toHaveText([/EUR$/, /USD$/])
  // The language switch sits in the menu beside the region (issue 15).
  await expect(header(page).getByRole("navigation", { name: "Language" }).getByRole("link")).toHaveText([
    "ENEnglish",
    "DEDeutsch",
    "FRFrançais",
  ])
  await expect(header(page).getByRole("navigation", { name: "Routine steps" }).getByRole("link")).toHaveText(
    STEPS.map((step, index) => `${index + 1}. ${step.name}`)
  )
  await expect(header(page).getByRole("search")).toBeVisible()

  // Escape closes it and gives focus back to the button.
  await page.keyboard.press("Escape")
  await expect(main).toBeHidden()
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false")
  await expect(menuButton(page)).toBeFocused()

  // A link in the menu navigates, and the menu is closed on the new page.
  await menuButton(page).click()
  await main.getByRole("link", { name: "Shop all" }).click()
  await expect(page).toHaveURL(/\/de\/en\/shop$/)
  await expect(main).toBeHidden()
  await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false")
})

// The header's words differ in length by language ("Warenkorb", "Menü"): each must fit the row.
const HEADER_LANGUAGES = [
  { name: "English", store: "de/en", words: en },
  { name: "German", store: "de", words: de },
  { name: "French", store: "fr", words: fr },
]
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
]

for (const { name, store, words } of HEADER_LANGUAGES) {
  for (const phone of PHONES) {
    test(`on a ${phone.width}×${phone.height} phone the ${name} header is one row, and its menu holds the rest`, async ({
      page,
    }) => {
      await page.setViewportSize(phone)
      await page.goto(`/${store}/guide/pore-care`)
      const menu = header(page).getByRole("button", { name: words.header.menu, exact: true })
      const parts = [
        header(page).getByRole("link", { name: "LACREMELUXE" }),
        header(page).getByRole("link", { name: new RegExp(`^${words.common.cart}`) }),
        menu,
      ]
      const boxes = await Promise.all(parts.map(async (part) => (await part.boundingBox())!))
      const banner = (await header(page).boundingBox())!
      // Side by side, left to right, each whole on the screen.
      boxes.forEach((box, i) => {
        expect(box.x, `part ${i + 1} starts on the screen`).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width, `part ${i + 1} ends on the screen`).toBeLessThanOrEqual(phone.width)
        if (i > 0)
          expect(box.x, `part ${i + 1} after part ${i}`).toBeGreaterThanOrEqual(boxes[i - 1].x + boxes[i - 1].width)
      })
      // One row: one middle line, and the header no taller than one row of its tallest part.
      const middles = boxes.map((box) => box.y + box.height / 2)
      expect(Math.max(...middles) - Math.min(...middles), `middles ${middles.join(", ")}`).toBeLessThanOrEqual(1)
      const tallest = Math.max(...boxes.map((box) => box.height))
      expect(banner.height, `header ${banner.height}px, tallest part ${tallest}px`).toBeLessThan(2 * tallest)
      await expect(header(page).getByTestId("cart-count")).toBeVisible()

      // Nothing is lost: the menu holds the navigation, the search, the region and the language.
      await menu.click()
      for (const navigation of [words.header.main, words.header.region, words.common.language]) {
        await expect(header(page).getByRole("navigation", { name: navigation })).toBeInViewport()
      }
      await expect(header(page).getByRole("search")).toBeInViewport()
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, "the page is wider than the phone's screen").toBeLessThanOrEqual(0)
    })
  }
}

test("on a phone the menu opens and its links work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
  const page = await context.newPage()
  try {
    await page.goto("/de/en/guide/pore-care")
    await menuButton(page).click()
    await header(page).getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Shop all" }).click()
    await expect(page).toHaveURL(/\/de\/en\/shop$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All products")
  } finally {
    await context.close()
  }
})

test("on a phone the shop shows products on the first screen; the filters fold behind a Filters button", async ({
  page,
}) => {
  const { products } = await seededCatalog()
  const treatments = products.filter((product) => product.step === "treat").length
  const shop = new ShopPage(page)
  await shop.goto()
  await expect(shop.filters).toBeHidden()
  const firstCard = await shop.products.first().boundingBox()
  expect(firstCard!.y, "the first product starts on the first screen").toBeLessThan(844)

  await expect(filtersButton(page)).toHaveText("Filters")
  await expect(filtersButton(page)).toHaveAttribute("aria-expanded", "false")
  await filtersButton(page).click()
  await expect(shop.filters).toBeVisible()
  await expect(filtersButton(page)).toHaveAttribute("aria-expanded", "true")
  // Picking a filter in the folded panel waits for "Apply filters": several can be picked at once.
  await shop.filters.getByRole("checkbox", { name: "Treat" }).check()
  await expect(page).toHaveURL(/\/de\/en\/shop$/)
  await shop.filters.getByRole("button", { name: "Apply filters" }).click()
  await expect(page).toHaveURL(/\/de\/en\/shop\/treat$/)
  await expect(shop.resultCount).toHaveText(`${treatments} products`)
  await expect(shop.filters).toBeHidden()
  await expect(filtersButton(page)).toHaveText("Filters (1)")

  // Escape closes the panel unchanged.
  await filtersButton(page).click()
  await expect(shop.filters).toBeVisible()
  await page.keyboard.press("Escape")
  await expect(shop.filters).toBeHidden()
})

for (const path of ["/de/en/guide/pore-care", "/de/en/shop"]) {
  test(`on a phone ${path} has no accessibility violations (axe), menu and filters open too`, async ({ page }) => {
    await page.goto(path)
    const violations = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.help}`)
    expect(await violations()).toEqual([])
    await menuButton(page).click()
    await expect(header(page).getByRole("navigation", { name: "Main" })).toBeVisible()
    expect(await violations()).toEqual([])
    if (path.endsWith("/shop")) {
      await page.keyboard.press("Escape")
      await filtersButton(page).click()
      await expect(page.getByRole("form", { name: "Filter products" })).toBeVisible()
      expect(await violations()).toEqual([])
    }
  })
}

test("on a desktop the header keeps its row: search, navigation, cart and region all in sight, no menu button", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  try {
    await page.goto("/de/en/shop")
    await expect(menuButton(page)).toBeHidden()
    await expect(header(page).getByRole("search")).toBeVisible()
    await expect(header(page).getByRole("navigation", { name: "Main" })).toBeVisible()
    await expect(header(page).getByRole("navigation", { name: "Region" })).toBeVisible()
    await expect(header(page).getByRole("link", { name: /^Cart/ })).toBeVisible()
    await expect(filtersButton(page)).toBeHidden()
    await expect(page.getByRole("form", { name: "Filter products" })).toBeVisible()
  } finally {
    await context.close()
  }
})
