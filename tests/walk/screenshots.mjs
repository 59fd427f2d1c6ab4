// A walk through the running store (`npm start`, storefront :8000, backend :9000) as a shopper and
// as staff, with screenshots on a phone and a desktop to look at before closing an issue:
//   npm start   # in another terminal
//   node tests/walk/screenshots.mjs [out-dir]   (default tests/test-results/walk)
//   node tests/walk/screenshots.mjs [out-dir] --layout   (only the header and shop on a phone and a desktop)
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
const out = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? path.join(root, "tests", "test-results", "walk")
mkdirSync(out, { recursive: true })
const SF = process.env.STOREFRONT_URL ?? "http://localhost:8000",
  BE = process.env.BACKEND_URL ?? "http://localhost:9000"
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
})
const email = `walk.${Date.now().toString(36)}@example.test`
const shot = (page, name) => page.screenshot({ path: `${out}/${name}.png`, fullPage: false })

// The header and the shop on a phone (menu and filters folded, then open) and on a desktop
for (const [name, viewport] of [
  ["phone", { width: 390, height: 844 }],
  ["desk", { width: 1280, height: 800 }],
]) {
  const context = await browser.newContext({ viewport, isMobile: name === "phone", baseURL: SF })
  const page = await context.newPage()
  await page.goto("/de/guide/pore-care")
  await shot(page, `00-${name}-guide-top`)
  await page.goto("/de/shop")
  await shot(page, `00-${name}-shop`)
  if (name === "phone") {
    await page.getByRole("button", { name: "Menu" }).click()
    await shot(page, "00-phone-menu-open")
    await page.keyboard.press("Escape")
    await page.getByRole("button", { name: "Filters" }).click()
    await shot(page, "00-phone-filters-open")
  }
  await context.close()
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
await p.goto("/de/guide/pore-care")
await shot(p, "01-phone-guide")
const addSet = p.getByRole("button", { name: /Add the set to cart/ }).first()
await addSet.scrollIntoViewIfNeeded()
await shot(p, "02-phone-set")
await addSet.click()
await p.waitForTimeout(1500)
await shot(p, "03-phone-after-add")
await p.goto("/de/checkout")
const form = p.getByRole("form", { name: "Checkout" })
await form.getByLabel("E-mail").fill(email)
await form.getByLabel("First name").fill("Mara")
await form.getByLabel("Last name").fill("Lindqvist")
await form.getByLabel("Street and house number").fill("Karl-Liebknecht-Straße 9")
await form.getByLabel("Postal code").fill("04107")
await form.getByLabel("Town or city").fill("Leipzig")
await form.getByLabel("Country").selectOption("de")
await shot(p, "04-phone-checkout")
await form.getByRole("button", { name: /Order and pay/ }).click()
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
await p.locator("summary", { hasText: "Start a return" }).click()
const rf = p.getByRole("form", { name: "Start a return" })
await rf.getByRole("combobox").first().selectOption("1")
await shot(p, "21-phone-return-form")
await rf.getByRole("button", { name: "Start the return" }).click()
await p.waitForTimeout(2000)
await shot(p, "22-phone-return-started")

// The same order page on a desktop, and the lookup page
const dsk = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: SF })
const d = await dsk.newPage()
await d.goto("/de/order/lookup")
await shot(d, "30-desk-lookup")
await d.getByRole("form", { name: "Find your order" }).getByLabel("E-mail").fill(email)
const displayId = (await api(`/admin/orders/${orderId}?fields=display_id`)).order.display_id
await d.getByRole("form", { name: "Find your order" }).getByLabel("Order number").fill(String(displayId))
await d.getByRole("button", { name: "Find my order" }).click()
await d.waitForTimeout(2000)
await shot(d, "31-desk-order-after-lookup")
await browser.close()
const mailDir = path.join(root, ".data", "mail")
const mails = readdirSync(mailDir).filter((f) => readFileSync(path.join(mailDir, f), "utf8").includes(email))
console.log("mails to the shopper:", mails.length, mails.map((m) => m.replace(/^.*Z-/, "")).join(" "))
