import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { CheckoutPage } from "./pages/checkout-page"
import { GuidePage } from "./pages/guide-page"
import { holdScripts } from "./support/hold-scripts"
import { waitForMail } from "../support/mail"
import { store } from "../support/api"
import { addItem, newCart } from "../support/checkout"
import { seededCatalog, seededStore } from "../support/seed"
import { CART_COOKIE } from "../../storefront/src/lib/server/cookie-names"

const money = (text: string) => Number(text.replace(/[^\d,.]/g, "").replace(",", "."))
const priceOf = async (button: import("@playwright/test").Locator) =>
  (await button.innerText()).replace(/^Order and pay · /, "")

async function putCleanseSetInCart(page: Page) {
  const guide = new GuidePage(page)
  await guide.goto()
  const panel = guide.shopPanel("Step 1 · Cleanse")
  await panel.getByRole("button", { name: "Add the set to cart" }).click()
  await expect(guide.cartCount).toContainText("1")
}

test("a guest goes from the guide to an order confirmation with the system payment provider", async ({ page }) => {
  await putCleanseSetInCart(page)
  await page.getByRole("banner").getByRole("link", { name: /^Cart/ }).click()
  await page.getByRole("dialog", { name: "Your cart" }).getByRole("link", { name: "Go to checkout" }).click()
  const checkout = new CheckoutPage(page)
  await checkout.fill()
  const email = await checkout.form.getByLabel("E-mail").inputValue()
  // The summary and the button show the total with the chosen shipping method.
  const button = checkout.form.getByRole("button", { name: /^Order and pay · / })
  await expect(page.getByTestId("cart-total")).toHaveText(await priceOf(button))
  const standard = money(await button.innerText())
  await checkout.form.getByRole("radio", { name: /Express shipping/ }).check()
  await expect.poll(async () => money(await button.innerText())).toBeCloseTo(standard + 8, 2)
  await expect(page.getByTestId("cart-total")).toHaveText(await priceOf(button))
  await checkout.placeOrder()

  await expect(page).toHaveURL(/\/de\/en\/order\/order_/)
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Order #\d+ is confirmed/)
  await expect(page.getByRole("list", { name: "Items" })).toContainText("Double Cleanse Set")
  await expect(page.getByText("Shipping (Express shipping)")).toBeVisible()
  await expect(page.getByRole("region", { name: "Shipping to" })).toContainText("04107 Leipzig")
  await expect(page.getByTestId("cart-count")).toContainText("0")

  // The order-placed e-mail arrives through SMTP.
  const orderNumber = (await page.getByTestId("order-number").innerText()).replace("#", "")
  const mail = await waitForMail({ to: email, subject: `Your LACREMELUXE order #${orderNumber}`, timeout: 20_000 })
  expect(mail.text).toContain("Double Cleanse Set")

  const orderUrl = page.url()
  const stranger = await page.context().browser()!.newContext()
  const other = await stranger.newPage()
  await other.goto(orderUrl)
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Order not found")
  await stranger.close()
})

test("a shipping method chosen before the checkout's script has loaded is applied to the total", async ({ page }) => {
  await putCleanseSetInCart(page)
  const release = await holdScripts(page)
  await page.goto("/de/en/checkout", { waitUntil: "domcontentloaded" })
  const checkout = new CheckoutPage(page)
  const button = checkout.form.getByRole("button", { name: /^Order and pay · / })
  const standard = money(await button.innerText())
  await checkout.form.getByRole("radio", { name: /Express shipping/ }).check()
  release()
  await expect.poll(async () => money(await button.innerText())).toBeCloseTo(standard + 8, 2)
  await expect(page.getByTestId("cart-total")).toHaveText(await priceOf(button))
})

/**
 * A cart made through Medusa's own Store API in a region, holding the seed's cheapest size (under
 * the free-shipping threshold), handed to the browser in its cart cookie, as another client or an
 * older storefront would leave it.
 */
async function cheapestSizeInCart(page: Page, baseURL: string, regionName: string) {
  const cart = await newCart(regionName)
  const { products } = await seededCatalog()
  const cheapest = products
    .flatMap((product) => product.variants.map((variant) => ({ handle: product.handle, ...variant })))
    .sort((a, b) => a.prices.eur - b.prices.eur)[0]
  const { body } = await store(`/store/products?handle=${cheapest.handle}&fields=variants.id,variants.sku`)
  const variant = body.products[0].variants.find((v: { sku: string }) => v.sku === cheapest.sku)
  expect((await addItem(cart.id, variant.id)).status).toBe(200)
  await page.context().addCookies([{ name: CART_COOKIE, value: cart.id, url: baseURL }])
  return cheapest
}

/** Europe's shipping as seeded, and its standard option. */
async function europeShipping() {
  const europe = (await seededStore()).regions.find((region) => region.name === "Europe")!
  return { options: europe.shipping, standard: europe.shipping.find((option) => option.code === "standard")! }
}

test("a cart that has no country yet opens at checkout in the page's country, the cheapest priced method chosen", async ({
  page,
  baseURL,
}) => {
  // Made through Medusa's own POST /store/carts (another client, or a cart from before carts
  // opened in the page's country): no address, so the page sets Germany and asks the options again.
  const cheapest = await cheapestSizeInCart(page, baseURL!, "Europe")
  const { options, standard } = await europeShipping()
  expect(cheapest.prices.eur).toBeLessThan(standard.free_from!)
  const checkout = new CheckoutPage(page)
  await checkout.goto()
  await expect(checkout.form.getByLabel("Country")).toHaveValue("de")
  // Only Europe's options, each with its price: none of the other zones' unpriced ones.
  await expect(checkout.form.getByRole("radio")).toHaveCount(options.length)
  await expect(checkout.form.getByRole("radio", { name: new RegExp(standard.name) })).toBeChecked()
  const button = checkout.form.getByRole("button", { name: /^Order and pay · / })
  expect(money(await button.innerText())).toBeCloseTo(cheapest.prices.eur + standard.price, 2)
})

test("a cart from the US store is moved to the German store's region, currency and country at checkout, and orders", async ({
  page,
  baseURL,
}) => {
  // A shopper fills a cart in the US store, switches to the German one and goes to checkout.
  const cheapest = await cheapestSizeInCart(page, baseURL!, "United States")
  const { standard } = await europeShipping()
  const checkout = new CheckoutPage(page)
  await checkout.goto()
  await expect(checkout.form.getByLabel("Country")).toHaveValue("de")
  await expect(checkout.form.getByRole("radio", { name: new RegExp(standard.name) })).toBeChecked()
  const button = checkout.form.getByRole("button", { name: /^Order and pay · / })
  await expect(button).toContainText("€")
  expect(money(await button.innerText())).toBeCloseTo(cheapest.prices.eur + standard.price, 2)

  await checkout.fill()
  await checkout.placeOrder()
  await expect(page).toHaveURL(/\/de\/en\/order\/order_/)
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Order #\d+ is confirmed/)
})

test("an invalid postal code is refused beside its field and the cart survives", async ({ page }) => {
  await putCleanseSetInCart(page)
  const checkout = new CheckoutPage(page)
  await checkout.goto()
  await checkout.fill({ postal_code: "ABC" })
  await checkout.placeOrder()
  const postalCode = checkout.form.getByLabel("Postal code")
  await expect(postalCode).toHaveAttribute("aria-invalid", "true")
  await expect(page.getByText(/not a postal code of the chosen country/)).toBeVisible()
  await expect(checkout.form.getByLabel("Town or city")).toHaveValue("Leipzig")
  await page.goto("/de/en/cart")
  await expect(page.getByTestId("cart-line")).toContainText("Double Cleanse Set")
})

test("the cart and checkout pages have no accessibility violations (axe) and are not indexed", async ({ page }) => {
  await putCleanseSetInCart(page)
  for (const path of ["/de/en/cart", "/de/en/checkout"]) {
    await page.goto(path)
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`),
      path
    ).toEqual([])
  }
})
