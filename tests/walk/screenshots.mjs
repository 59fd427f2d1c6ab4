// A walk through the running store (`npm start`, storefront :8000, backend :9000) as a shopper and
// as staff, with screenshots on a phone and a desktop to look at before closing an issue:
//   npm start   # in another terminal
//   node tests/walk/screenshots.mjs [out-dir]   (default tests/test-results/walk)
//   node tests/walk/screenshots.mjs [out-dir] --layout   (only the main pages on a phone and a desktop)
//   --lang de|en|fr   the shopper's language for the order walk (default de: /de; en: /de/en; fr: /de/fr)
// The main pages are shot in all three languages; labels are read from the storefront's messages.
// Env: STOREFRONT_URL, BACKEND_URL (default :8000 and :9000).
// Guide → set → checkout → confirmation; Medusa Admin orders (at a glance), order, low stock,
// inventory; capture, fulfil, ship, deliver (Admin API); the shopper's order page, a return, and a
// guest's order lookup. Prints the e-mails the shopper got (.data/mail, without SMTP_URL).
import { mkdirSync, readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const require = createRequire(path.join(root, "tests", "package.json"))
const { chromium } = require("@playwright/test")
const args = process.argv.slice(2)
const langAt = args.indexOf("--lang")
const lang = langAt > -1 ? args[langAt + 1] : "de"
const out =
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--lang") ??
  path.join(root, "tests", "test-results", "walk")
/** The German store in a language: its own (German) bare, the others with their segment. */
const storeOf = (language) => (language === "de" ? "/de" : `/de/${language}`)
const messagesOf = (language) =>
  JSON.parse(readFileSync(path.join(root, "storefront", "src", "messages", `${language}.json`), "utf8"))
/** A label as the storefront shows it: the message's words up to its first placeholder. */
const labelIn = (messages) => (key) => {
  const text = key.split(".").reduce((node, part) => node[part], messages)
  return text.split("{")[0].trim()
}
const startsWith = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)
const store = storeOf(lang)
const t = labelIn(messagesOf(lang))
mkdirSync(out, { recursive: true })
const SF = process.env.STOREFRONT_URL ?? "http://localhost:8000",
  BE = process.env.BACKEND_URL ?? "http://localhost:9000"
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
})
const email = `walk.${Date.now().toString(36)}@example.test`
const shot = (page, name) => page.screenshot({ path: `${out}/${name}.png`, fullPage: false })

// The main pages on a phone (menu and filters folded, then open) and on a desktop, in each language
for (const language of ["de", "en", "fr"]) {
  const at = storeOf(language)
  const label = labelIn(messagesOf(language))
  for (const [name, viewport] of [
    ["phone", { width: 390, height: 844 }],
    ["desk", { width: 1366, height: 768 }],
  ]) {
    const context = await browser.newContext({ viewport, isMobile: name === "phone", baseURL: SF })
    const page = await context.newPage()
    for (const [what, where] of [
      ["home", ""],
      ["guide", "/guide/pore-care"],
      ["shop", "/shop"],
      ["step", "/shop/cleanse"],
      ["product", "/products/pore-clarity-cleansing-oil"],
    ]) {
      await page.goto(`${at}${where}`)
      await shot(page, `00-${language}-${name}-${what}`)
      const wide = await page.evaluate(
        () => globalThis.document.documentElement.scrollWidth - globalThis.document.documentElement.clientWidth
      )
      if (wide > 0) console.log(`  ${at}${where} on the ${name} scrolls sideways by ${wide} px`)
    }
    if (name === "phone") {
      await page.goto(`${at}/shop`)
      await page.getByRole("button", { name: label("header.menu") }).click()
      await shot(page, `00-${language}-phone-menu-open`)
      await page.keyboard.press("Escape")
      await page.getByRole("button", { name: label("shop.filters") }).click()
      await shot(page, `00-${language}-phone-filters-open`)
    }
    await context.close()
  }
}
if (process.argv.includes("--layout")) {
  await browser.close()
  process.exit(0)
}

// Shopper on a phone: guide → set → checkout → confirmation
const phone = await browser.newContext({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  baseURL: SF,
})
const p = await phone.newPage()
await p.goto(`${store}/guide/pore-care`)
await shot(p, "01-phone-guide")
const addSet = p.getByRole("button", { name: startsWith(t("guide.addSet")) }).first()
await addSet.scrollIntoViewIfNeeded()
await shot(p, "02-phone-set")
await addSet.click()
// The set is in the cart once the header counts it (seconds on a busy machine).
await p.getByTestId("cart-count").filter({ hasText: /[1-9]/ }).waitFor({ timeout: 60000 })
await shot(p, "03-phone-after-add")
// The cart: the set, and the VAT it includes from its first line (the cart opens in the page's country).
await p.goto(`${store}/cart`)
await p.screenshot({ path: `${out}/03-phone-cart.png`, fullPage: true })
await p.goto(`${store}/checkout`)
const form = p.getByRole("form", { name: t("checkout.title") })
await form.getByLabel(t("checkout.email")).fill(email)
await form.getByLabel(t("forms.address.first_name")).fill("Mara")
await form.getByLabel(t("forms.address.last_name")).fill("Lindqvist")
await form.getByLabel(t("forms.address.address_1")).fill("Karl-Liebknecht-Straße 9")
await form.getByLabel(t("forms.address.postal_code")).fill("04107")
await form.getByLabel(t("forms.address.city")).fill("Leipzig")
await form.getByLabel(t("forms.address.country")).selectOption("de")
// The whole form and its summary: the preselected shipping method is in the total. (Choosing the
// country sends it to the cart; the button waits for the new total, so the shot does too.)
const orderAndPay = form.getByRole("button", { name: startsWith(t("checkout.orderAndPay")) })
await orderAndPay.waitFor({ timeout: 30000 })
await p.waitForFunction((button) => !button.disabled, await orderAndPay.elementHandle(), { timeout: 30000 })
await p.screenshot({ path: `${out}/04-phone-checkout.png`, fullPage: true })
await orderAndPay.click()
await p.waitForURL(/\/order\//, { timeout: 30000 })
await p.waitForTimeout(500)
await shot(p, "05-phone-confirmation")
const orderUrl = p.url()
const orderId = orderUrl.split("/").pop()
console.log("order", orderId, email)

// Staff on a desktop: login, order list (at a glance), order page, low stock
const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } })
const a = await desk.newPage()
await a.goto(`${BE}/app/login`)
await a.getByPlaceholder("Email").fill("admin@lacremeluxe.test")
await a.getByPlaceholder("Password").fill("lacremeluxe-admin")
await a.getByRole("button", { name: "Continue with Email" }).click()
await a.waitForURL((u) => !u.pathname.endsWith("/login"))
await a.goto(`${BE}/app/orders`)
await a.waitForTimeout(2500)
await shot(a, "10-admin-orders")
await a.mouse.move(700, 400)
await a.mouse.wheel(0, 5000)
await a.waitForTimeout(500)
await shot(a, "11-admin-orders-glance")
await a.goto(`${BE}/app/orders/${orderId}`)
await a.waitForTimeout(2500)
await shot(a, "12-admin-order")
await a.goto(`${BE}/app/low-stock`)
await a.waitForTimeout(2500)
await shot(a, "13-admin-low-stock")
await a.mouse.move(700, 400)
await a.mouse.wheel(0, 5000)
await a.waitForTimeout(500)
await shot(a, "13-admin-low-stock-waiting")
await a.goto(`${BE}/app/reviews`)
await a.waitForTimeout(2500)
await shot(a, "16-admin-reviews")
await a.goto(`${BE}/app/inventory`)
await a.waitForTimeout(2500)
await shot(a, "14-admin-inventory")

// Staff ship and deliver through the Admin API (as the dashboard calls it), then the shopper returns
const token = (
  await (
    await fetch(`${BE}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@lacremeluxe.test", password: "lacremeluxe-admin" }),
    })
  ).json()
).token
const api = async (path, body) => {
  const r = await fetch(`${BE}${path}`, {
    method: body ? "POST" : "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  })
  const j = await r.json()
  if (!r.ok) throw new Error(`${path}: ${r.status} ${JSON.stringify(j)}`)
  return j
}
const { order } = await api(
  `/admin/orders/${orderId}?fields=id,items.id,items.quantity,items.detail.quantity,payment_collections.payments.id`
)
await api(`/admin/payments/${order.payment_collections[0].payments[0].id}/capture`, {})
const { stock_locations } = await api(`/admin/stock-locations?fields=id`)
const items = order.items.map((i) => ({ id: i.id, quantity: i.detail?.quantity || i.quantity }))
await api(`/admin/orders/${orderId}/fulfillments`, { items, location_id: stock_locations[0].id })
const { order: o2 } = await api(`/admin/orders/${orderId}?fields=fulfillments.id`)
const f = o2.fulfillments[0].id
await api(`/admin/orders/${orderId}/fulfillments/${f}/shipments`, {
  items,
  labels: [
    {
      tracking_number: "DHL00340434161",
      tracking_url: "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161",
      label_url: "https://www.dhl.de",
    },
  ],
})
await api(`/admin/orders/${orderId}/fulfillments/${f}/mark-as-delivered`, {})
await a.goto(`${BE}/app/orders/${orderId}`)
await a.waitForTimeout(2500)
await shot(a, "15-admin-order-delivered")

await p.goto(orderUrl)
await p.waitForTimeout(500)
await shot(p, "20-phone-order-delivered")
await p.locator("summary", { hasText: t("order.startReturn") }).click()
const rf = p.getByRole("form", { name: t("order.return.label") })
await rf.getByRole("combobox").first().selectOption("1")
await shot(p, "21-phone-return-form")
await rf.getByRole("button", { name: t("order.return.submit") }).click()
await p.waitForTimeout(2000)
await shot(p, "22-phone-return-started")

// The same order page on a desktop, and the lookup page
const dsk = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: SF })
const d = await dsk.newPage()
await d.goto(`${store}/order/lookup`)
await shot(d, "30-desk-lookup")
await d
  .getByRole("form", { name: t("order.lookup.title") })
  .getByLabel(t("order.lookup.email"))
  .fill(email)
const displayId = (await api(`/admin/orders/${orderId}?fields=display_id`)).order.display_id
await d
  .getByRole("form", { name: t("order.lookup.title") })
  .getByLabel(t("order.lookup.number"))
  .fill(String(displayId))
await d.getByRole("button", { name: t("order.lookup.submit") }).click()
await d.waitForTimeout(2000)
await shot(d, "31-desk-order-after-lookup")
await browser.close()
const mailDir = path.join(root, ".data", "mail")
const mails = readdirSync(mailDir).filter((f) => readFileSync(path.join(mailDir, f), "utf8").includes(email))
console.log("mails to the shopper:", mails.length, mails.map((m) => m.replace(/^.*Z-/, "")).join(" "))
