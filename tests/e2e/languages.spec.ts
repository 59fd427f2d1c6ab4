import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import type { Locale } from "@lacremeluxe/shared"
import de from "../../storefront/src/messages/de.json"
import en from "../../storefront/src/messages/en.json"
import fr from "../../storefront/src/messages/fr.json"
import { seededCatalog, seededTranslations } from "../support/seed"
import { shopper } from "./pages/checkout-page"
import { pattern } from "./support/messages"

// The words each store shows come from the storefront's own messages: the test reads the same file
// the pages are built from, so it checks that the page speaks the language, not a copy of a sentence.
type Words = typeof de
const LANGUAGES: {
  name: string
  store: string
  lang: string
  locale: Locale
  words: Words
  price: RegExp
  /** Germany, as the order's address names it in the language. */
  germany: string
}[] = [
  // German and French write the euro after the amount, with a decimal comma: "27,90 €".
  {
    name: "German",
    store: "de",
    lang: "de",
    locale: "de-DE",
    words: de,
    price: /^\d+,\d{2}\s€$/u,
    germany: "Deutschland",
  },
  {
    name: "French",
    store: "fr",
    lang: "fr",
    locale: "fr-FR",
    words: fr,
    price: /^\d+,\d{2}\s€$/u,
    germany: "Allemagne",
  },
]

async function expectNoAxeViolations(page: Page, what: string) {
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${what} ${v.id}: ${v.help}`)).toEqual([])
}

/** Fills the checkout form with a German address, labels read in the page's language. */
async function fillCheckout(page: Page, words: Words) {
  const form = page.getByRole("form", { name: words.checkout.title })
  await form.getByLabel(words.checkout.email, { exact: true }).fill(shopper.email())
  await form.getByLabel(words.forms.address.first_name, { exact: true }).fill(shopper.first_name)
  await form.getByLabel(words.forms.address.last_name, { exact: true }).fill(shopper.last_name)
  await form.getByLabel(words.forms.address.address_1, { exact: true }).fill(shopper.address_1)
  await form.getByLabel(words.forms.address.postal_code, { exact: true }).fill(shopper.postal_code)
  await form.getByLabel(words.forms.address.city, { exact: true }).fill(shopper.city)
  await form.getByLabel(words.forms.address.country, { exact: true }).selectOption("de")
  return form
}

for (const { name, store, lang, words, price, germany } of LANGUAGES) {
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
    const form = await fillCheckout(page, words)
    await expectNoAxeViolations(page, "checkout")
    const button = form.getByRole("button", { name: pattern(words.checkout.orderAndPay) })
    await expect(button).toBeEnabled()
    await button.click()

    await expect(page).toHaveURL(new RegExp(`/${store}/order/order_`))
    await expect(page.locator("html")).toHaveAttribute("lang", lang)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(pattern(words.order.confirmed))
    await expect(page.getByText(words.order.thankYou)).toBeVisible()
    const shippingTo = page.getByRole("region", { name: words.order.shippingTo })
    await expect(shippingTo).toContainText("04107 Leipzig")
    await expect(shippingTo).toContainText(germany)
    await expect(page.getByTestId("cart-total")).toHaveText(price)
    await expectNoAxeViolations(page, "confirmation")
  })
}

test("a checkout the backend refuses is explained in German, not in the backend's English, and the cart survives", async ({
  page,
}) => {
  await page.goto("/de/guide/pore-care")
  await page.getByTestId("shop-this-step").first().getByRole("button", { name: de.guide.addSet }).click()
  await expect(page.getByTestId("cart-count")).toContainText("1")
  await page.goto("/de/checkout")
  const form = await fillCheckout(page, de)
  // A shipping option this cart cannot have (a tampered form, or one staff removed meanwhile):
  // the backend refuses it with Medusa's English sentence. The country's change has re-rendered
  // the form once the network is idle; the option is changed as the form is sent.
  await page.waitForLoadState("networkidle")
  const button = form.getByRole("button", { name: pattern(de.checkout.orderAndPay) })
  await expect(button).toBeEnabled()
  await form.evaluate((element: HTMLFormElement) => {
    const chosen = element.querySelector<HTMLInputElement>("input[name=shipping_option_id]:checked")
    if (!chosen) throw new Error("no shipping option is chosen")
    chosen.value = "so_01NOTOFFEREDHERE"
    element.requestSubmit()
  })

  await expect(page.getByText(de.checkout.actions.shippingUnavailable)).toBeVisible()
  await expect(page.getByText(/Shipping Options are invalid/i)).toHaveCount(0)
  await expect(page).toHaveURL(/\/de\/checkout$/)
  await expect(form.getByLabel(de.forms.address.city, { exact: true })).toHaveValue(shopper.city)
  await page.goto("/de/cart")
  await expect(page.getByTestId("cart-line")).toHaveCount(1)
})

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

for (const { name, store, locale } of LANGUAGES) {
  test(`a size with words is ${name} on the product page and in the cart (the 400 ml refill)`, async ({ page }) => {
    const english = "400 ml refill"
    const refill = (await seededTranslations(locale)).variants[english]
    const product = (await seededCatalog()).products.find((p) => p.variants.some((v) => v.title === english))!
    await page.goto(`/${store}/products/${product.handle}`)
    const sizes = page.getByTestId("product-variant")
    await expect(sizes).toHaveCount(product.variants.length)
    await expect(sizes.filter({ hasText: english })).toHaveCount(0)
    const size = sizes.filter({ hasText: refill })
    await size.getByRole("button").click()
    await expect(page.getByTestId("cart-count")).toContainText("1")
    await page.goto(`/${store}/cart`)
    await expect(page.getByTestId("cart-line")).toContainText(refill)
  })
}

test("the language chosen with the switch is remembered: / and addresses without a country open in it", async ({
  page,
  request,
}) => {
  // Eleven page loads: more than the default minute on a loaded machine.
  test.setTimeout(180_000)
  await page.goto("/de")
  await page.getByRole("navigation", { name: de.common.language }).getByRole("link", { name: "Français" }).click()
  await expect(page).toHaveURL(/\/de\/fr$/)
  await page.goto("/")
  await expect(page).toHaveURL(/\/de\/fr$/)
  await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  await page.goto("/guide/pore-care")
  await expect(page).toHaveURL(/\/de\/fr\/guide\/pore-care$/)
  // Two small cookies, read by the server only: a country and a language code, nothing personal.
  const remembered = (await page.context().cookies()).filter((c) => ["lcl_country", "lcl_language"].includes(c.name))
  expect(remembered.map(({ name, value, httpOnly, sameSite }) => ({ name, value, httpOnly, sameSite }))).toEqual(
    expect.arrayContaining([
      { name: "lcl_country", value: "de", httpOnly: true, sameSite: "Lax" },
      { name: "lcl_language", value: "fr", httpOnly: true, sameSite: "Lax" },
    ])
  )

  // Another region keeps the chosen language; choosing the country's own language again is remembered too.
  await page.getByRole("navigation", { name: fr.header.region }).getByRole("link", { name: /USD$/ }).click()
  await expect(page).toHaveURL(/\/us\/fr$/)
  await page.goto("/")
  await expect(page).toHaveURL(/\/us\/fr$/)
  await page.getByRole("navigation", { name: fr.common.language }).getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL(/\/us$/)
  await page.goto("/shop/cleanse")
  await expect(page).toHaveURL(/\/us\/shop\/cleanse$/)

  // A choice the store does not offer is refused with a sentence.
  const refused = await request.get("/api/language/xx?country=de", { maxRedirects: 0 })
  expect(refused.status()).toBe(400)
  expect((await refused.json()).message).toMatch(/^Choose a language/)
  const elsewhere = await request.get("/api/language/fr?country=de&page=//example.com", { maxRedirects: 0 })
  expect(elsewhere.status()).toBe(400)
})

/** How much wider than its window the page is (0 when it fits), and, if wider, the innermost elements past its edge. */
async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement
    const overflow = root.scrollWidth - root.clientWidth
    if (overflow <= 0) return { overflow, past: [] }
    const past = (element: Element) => element.getBoundingClientRect().right > root.clientWidth + 0.5
    const outermost = [...document.body.querySelectorAll("*")].filter(past)
    const innermost = outermost.filter((element) => ![...element.children].some(past))
    return {
      overflow,
      past: innermost.slice(0, 3).map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`),
    }
  })
}

// The main pages, in each language of the German store and in the French store: none scrolls sideways.
const EVERY_LANGUAGE = [{ name: "English", store: "de/en", words: en as Words }, ...LANGUAGES]
const SCREENS = [
  { device: "desktop", viewport: { width: 1366, height: 768 } },
  { device: "phone", viewport: { width: 360, height: 740 } },
] as const

for (const { name, store, words } of EVERY_LANGUAGE) {
  test(`no main page of the ${name} store scrolls sideways on a 1366×768 desktop or a 360×740 phone`, async ({
    page,
  }, testInfo) => {
    // Twelve pages on two screens: more than the default minute.
    test.setTimeout(300_000)
    const product = (await seededCatalog()).products[0].handle
    // A cart with a line, so the cart page shows its lines and totals.
    await page.goto(`/${store}/guide/pore-care`)
    await page.getByTestId("shop-this-step").first().getByRole("button", { name: words.guide.addSet }).click()
    await expect(page.getByTestId("cart-count")).toContainText("1")
    const pages = ["", "/guide/pore-care", "/shop", "/shop/cleanse", `/products/${product}`, "/cart"]
    for (const { device, viewport } of SCREENS) {
      await page.setViewportSize(viewport)
      for (const path of pages) {
        await page.goto(`/${store}${path}`)
        await expect(page.locator("#main")).toBeVisible()
        const { overflow, past } = await sidewaysOverflow(page)
        expect(overflow, `/${store}${path} on a ${device} is ${overflow}px too wide: ${past.join(" ")}`).toBe(0)
        if (path === "/guide/pore-care") {
          // Kept with the test's results, for a person to look at.
          await page.screenshot({ path: testInfo.outputPath(`${store.replace("/", "-")}-guide-${device}.png`) })
        }
      }
    }
  })
}
