import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import de from "../../storefront/src/messages/de.json"
import fr from "../../storefront/src/messages/fr.json"
import { shopper } from "./pages/checkout-page"
import { pattern } from "./support/messages"

// The words each store shows come from the storefront's own messages: the test reads the same file
// the pages are built from, so it checks that the page speaks the language, not a copy of a sentence.
type Words = typeof de
const LANGUAGES: { name: string; store: string; lang: string; words: Words; price: RegExp }[] = [
  // German and French write the euro after the amount, with a decimal comma: "27,90 €".
  { name: "German", store: "de", lang: "de", words: de, price: /^\d+,\d{2}\s€$/u },
  { name: "French", store: "fr", lang: "fr", words: fr, price: /^\d+,\d{2}\s€$/u },
]

async function expectNoAxeViolations(page: Page, what: string) {
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${what} ${v.id}: ${v.help}`)).toEqual([])
}

for (const { name, store, lang, words, price } of LANGUAGES) {
  test(`a ${name} shopper goes from the guide through the step's set and the cart to a confirmation, all in ${name}`, async ({
    page,
  }) => {
    await page.goto(`/${store}/guide/pore-care`)
    await expect(page.locator("html")).toHaveAttribute("lang", lang)
    await expect(page.getByRole("navigation", { name: words.guide.toc })).toBeVisible()
    await expectNoAxeViolations(page, "guide")

    // Shop this step: the first step's set goes into the cart in one click.
    const panel = page.getByTestId("shop-this-step").first()
    await expect(panel.getByText(words.guide.shopThisStep)).toBeVisible()
    await expect(panel.getByTestId("bundle-price")).toHaveText(price)
    await panel.getByRole("button", { name: words.guide.addSet }).click()
    await expect(page.getByTestId("cart-count")).toContainText("1")

    // The cart page, then checkout.
    await page
      .getByRole("banner")
      .getByRole("link", { name: new RegExp(`^${words.common.cart}`) })
      .click()
    const drawer = page.getByRole("dialog", { name: words.cart.title })
    await expect(drawer.getByTestId("cart-line")).toHaveCount(1)
    await drawer.getByRole("link", { name: words.cart.viewCart }).click()
    await expect(page).toHaveURL(new RegExp(`/${store}/cart$`))
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.cart.title)
    await expect(page.getByTestId("cart-total")).toHaveText(price)
    await expectNoAxeViolations(page, "cart")
    await page.getByRole("link", { name: words.cart.toCheckout }).click()

    await expect(page).toHaveURL(new RegExp(`/${store}/checkout$`))
    const form = page.getByRole("form", { name: words.checkout.title })
    await form.getByLabel(words.checkout.email, { exact: true }).fill(shopper.email())
    await form.getByLabel(words.forms.address.first_name, { exact: true }).fill(shopper.first_name)
    await form.getByLabel(words.forms.address.last_name, { exact: true }).fill(shopper.last_name)
    await form.getByLabel(words.forms.address.address_1, { exact: true }).fill(shopper.address_1)
    await form.getByLabel(words.forms.address.postal_code, { exact: true }).fill(shopper.postal_code)
    await form.getByLabel(words.forms.address.city, { exact: true }).fill(shopper.city)
    await form.getByLabel(words.forms.address.country, { exact: true }).selectOption("de")
    await expectNoAxeViolations(page, "checkout")
    const button = form.getByRole("button", { name: pattern(words.checkout.orderAndPay) })
    await expect(button).toBeEnabled()
    await button.click()

    await expect(page).toHaveURL(new RegExp(`/${store}/order/order_`))
    await expect(page.locator("html")).toHaveAttribute("lang", lang)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(pattern(words.order.confirmed))
    await expect(page.getByText(words.order.thankYou)).toBeVisible()
    await expect(page.getByRole("region", { name: words.order.shippingTo })).toContainText("04107 Leipzig")
    await expect(page.getByTestId("cart-total")).toHaveText(price)
    await expectNoAxeViolations(page, "confirmation")
  })
}

test("a German page names its language, links its alternates and switches language on the same page", async ({
  page,
  request,
}) => {
  const html = await (await request.get("/de/guide/pore-care")).text()
  expect(html).toMatch(/<html lang="de"/)
  // The same page in the German store's other languages and in the other countries' stores.
  const alternates = Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/gi)].map(([, hreflang, href]) => [
      hreflang,
      new URL(href).pathname,
    ])
  )
  expect(alternates).toMatchObject({
    "de-DE": "/de/guide/pore-care",
    "en-DE": "/de/en/guide/pore-care",
    "fr-DE": "/de/fr/guide/pore-care",
    "fr-FR": "/fr/guide/pore-care",
    "de-AT": "/at/guide/pore-care",
    "en-US": "/us/guide/pore-care",
    "x-default": "/de/en/guide/pore-care",
  })
  expect(Object.keys(alternates)).toHaveLength(9 * 3 + 1)
  expect(html).toMatch(/<link rel="canonical" href="[^"]*\/de\/guide\/pore-care"/)

  await page.goto("/de/guide/pore-care")
  await page.getByRole("navigation", { name: de.common.language }).getByRole("link", { name: "Français" }).click()
  await expect(page).toHaveURL(/\/de\/fr\/guide\/pore-care$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  await expect(page.getByRole("navigation", { name: fr.guide.toc })).toBeVisible()
  // The internal address of a country's own language leads to its one public address.
  const internal = await request.get("/de/de/guide/pore-care", { maxRedirects: 0 })
  expect(internal.status()).toBe(308)
  expect(internal.headers().location).toMatch(/\/de\/guide\/pore-care$/)
})

test("prices and counts follow the store's language: €27.90 in English, 27,90 € in German and French", async ({
  page,
}) => {
  await page.goto("/de/en/shop/cleanse")
  // One product, found by its address (titles, and so the order, differ by language).
  const href = await page.getByTestId("product-card").first().getByRole("link").getAttribute("href")
  const handle = href!.split("/").pop()!
  const prices: Record<string, string> = {}
  for (const store of ["de/en", "de", "fr"]) {
    await page.goto(`/${store}/shop/cleanse`)
    const card = page.getByTestId("product-card").filter({ has: page.locator(`a[href$="/products/${handle}"]`) })
    prices[store] = await card.getByTestId("product-price").innerText()
  }
  expect(prices["de/en"]).toMatch(/^€\d+\.\d{2}$/)
  expect(prices.de).toMatch(/^\d+,\d{2}\s€$/u)
  expect(prices.fr).toMatch(/^\d+,\d{2}\s€$/u)
  // The same amount in each form.
  const amount = (text: string) => text.replace(/[^\d]/g, "")
  expect(amount(prices.de)).toBe(amount(prices["de/en"]))
  expect(amount(prices.fr)).toBe(amount(prices["de/en"]))
  const count = await page.getByTestId("result-count").innerText()
  expect(count).toMatch(/^\d+ produits?$/)
})

test("a path without a country goes to the remembered store, and the sitemap has one file per language", async ({
  page,
  request,
}) => {
  const bare = await request.get("/guide/pore-care", { maxRedirects: 0 })
  expect(bare.headers().location).toMatch(/\/de\/guide\/pore-care$/)
  await page.goto("/api/region/us?lang=fr")
  await expect(page).toHaveURL(/\/us\/fr$/)
  await page.goto("/guide/pore-care")
  await expect(page).toHaveURL(/\/us\/guide\/pore-care$/)

  const robots = await (await request.get("/robots.txt")).text()
  for (const language of ["en", "de", "fr"]) expect(robots).toContain(`/sitemap/${language}.xml`)
  const sitemap = await (await request.get("/sitemap/fr.xml")).text()
  expect(sitemap).toContain("/fr/guide/pore-care</loc>")
  expect(sitemap).toContain("/de/fr/guide/pore-care</loc>")
  expect(sitemap).not.toContain("/de/guide/pore-care</loc>")
  expect(sitemap).toMatch(/hreflang="de-DE"\s+href="[^"]*\/de\/guide\/pore-care"/)
})

for (const { name, store, lang } of LANGUAGES) {
  test(`the ${name} guide fits a phone screen without sideways scrolling, and is pictured on a phone and a desktop`, async ({
    page,
  }, testInfo) => {
    for (const [device, viewport] of [
      ["phone", { width: 390, height: 844 }],
      ["desktop", { width: 1366, height: 900 }],
    ] as const) {
      await page.setViewportSize(viewport)
      await page.goto(`/${store}/guide/pore-care`)
      await expect(page.locator("html")).toHaveAttribute("lang", lang)
      if (device === "phone") {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
        expect(overflow, "page wider than the phone's screen").toBeLessThanOrEqual(0)
      }
      // Kept with the test's results, for a person to look at.
      await page.screenshot({ path: testInfo.outputPath(`${store}-guide-${device}.png`) })
    }
  })
}
