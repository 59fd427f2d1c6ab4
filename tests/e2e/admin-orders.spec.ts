import { expect, test, type Browser } from "@playwright/test"
import { admin, adminToken } from "../support/api"
import { orderState, stockOfAll } from "../support/admin-orders"
import { AdminOrderPage } from "./pages/admin-order-page"
import { CheckoutPage } from "./pages/checkout-page"
import { GuidePage } from "./pages/guide-page"

const backendUrl = process.env.LCL_BACKEND_URL ?? "http://localhost:9000"
const staff = {
  email: process.env.ADMIN_EMAIL ?? "admin@lacremeluxe.test",
  password: process.env.ADMIN_PASSWORD ?? "lacremeluxe-admin",
}
const MASK_SET = { step: "Step 5 · Mask", title: "Clay Mask Pair", components: ["LCL-MSK-KAOL-50", "LCL-MSK-PINK-75"] }
const HYDRATE_SET = {
  step: "Step 3 · Hydrate",
  title: "Light Hydration Set",
  components: ["LCL-HYD-HAGEL-50", "LCL-HYD-NIAFL-50"],
}
const BHA = { handle: "pore-refine-2-bha-liquid-exfoliant", small: "LCL-EXF-BHA-30", large: "LCL-EXF-BHA-100" }

// A click that cannot happen fails within this, not at the test's timeout.
test.use({ actionTimeout: 20_000 })

/** A shopper, in a browser of their own, puts a step set (and maybe a product size) in the cart and checks out. */
async function shopperOrders(browser: Browser, step: string, size?: { handle: string; label: string }) {
  const context = await browser.newContext()
  const page = await context.newPage()
  try {
    const guide = new GuidePage(page)
    await guide.goto()
    await guide.shopPanel(step).getByRole("button", { name: "Add the set to cart" }).click()
    await expect(guide.cartCount).toContainText("1")
    if (size) {
      await page.goto(`/de/en/products/${size.handle}`)
      await page.getByRole("button", { name: `Add ${size.label} to cart` }).click()
      await expect(guide.cartCount).toContainText("2")
    }
    const checkout = new CheckoutPage(page)
    await checkout.goto()
    await checkout.fill()
    await checkout.placeOrder()
    await expect(page).toHaveURL(/\/de\/en\/order\/order_/)
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Order #\d+ is confirmed/)
    return new URL(page.url()).pathname.split("/").pop()!
  } finally {
    await context.close()
  }
}

/** The inventory items' titles as staff see them on a fulfilment (Medusa copies them when it is created). */
async function inventoryTitles(skus: string[]) {
  const token = await adminToken()
  return Promise.all(
    skus.map(async (sku) => {
      const { body } = await admin(`/admin/inventory-items?sku=${sku}&fields=title`, { token })
      return body.inventory_items[0].title as string
    })
  )
}

test("a store manager takes a shopper's set order from capture to delivery, refunds part, receives a return and exchanges a size", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000)
  const orderId = await shopperOrders(browser, MASK_SET.step, { handle: BHA.handle, label: "30 ml" })
  const order = new AdminOrderPage(page, backendUrl)
  await order.login(staff.email, staff.password)
  await order.open(orderId)
  await expect(order.header).toContainText("Authorized")
  await expect(order.section("Summary")).toContainText(MASK_SET.title)
  await order.screenshot("1-placed")

  await order.capturePayment()
  await expect(order.header).toContainText("Captured")
  expect((await orderState(orderId)).payment_status).toBe("captured")

  // The set's components are what leaves the shelf: the fulfilment lists each one.
  const shelf = await stockOfAll([...MASK_SET.components, BHA.small, BHA.large])
  await order.fulfilAll()
  const fulfillment = order.section("Fulfillment #1")
  await expect(fulfillment).toContainText("Awaiting shipping")
  const picked = fulfillment.getByRole("list").first().getByRole("listitem")
  await expect(picked).toHaveCount(3)
  for (const title of await inventoryTitles([...MASK_SET.components, BHA.small])) {
    await expect(picked.filter({ hasText: title })).toHaveText(`1x ${title}`)
  }
  const fulfilled = await stockOfAll(MASK_SET.components)
  for (const sku of MASK_SET.components) expect(fulfilled[sku].stocked).toBe(shelf[sku].stocked - 1)
  await order.screenshot("2-fulfilled", fulfillment)

  const trackingNumber = `00340434${Date.now().toString().slice(-10)}`
  const trackingUrl = `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${trackingNumber}`
  await order.markShipped(fulfillment, trackingNumber, trackingUrl)
  await expect(fulfillment.getByRole("link", { name: trackingNumber })).toHaveAttribute("href", trackingUrl)
  await expect(order.header).toContainText("Shipped")

  await order.markDelivered(fulfillment)
  await expect(order.header).toContainText("Delivered")
  await expect(fulfillment).toContainText("Delivered")
  await order.screenshot("3-delivered", fulfillment)

  await order.refund("5")
  await expect(order.header).toContainText("Partially refunded")
  await expect(order.section("Payments")).toContainText("- €5.00")
  expect((await orderState(orderId)).payment_collections[0].refunded_amount).toBe(5)

  // The shopper sends the set back: once received, both of its components are back on the shelf.
  await order.createReturn(new RegExp(MASK_SET.title), "LACREMELUXE warehouse", "Return by post (Europe)")
  await expect(order.section("Summary")).toContainText("1x items return requested")
  await order.screenshot("4-return-requested", order.section("Summary"))
  await order.receiveReturn()
  await expect(order.section("Summary")).toContainText("1x items return received")
  const restocked = await stockOfAll(MASK_SET.components)
  for (const sku of MASK_SET.components)
    expect(restocked[sku]).toEqual({ stocked: shelf[sku].stocked, reserved: fulfilled[sku].reserved })
  await order.screenshot("5-return-received", order.section("Summary"))
  for (const sku of MASK_SET.components) {
    await expect(await order.inventoryInStock(sku)).toHaveText(String(shelf[sku].stocked))
  }
  await order.screenshot("5b-inventory-restocked")
  await order.open(orderId)

  // The 30 ml bottle for the 100 ml one: the larger size is held for the shopper.
  await order.createExchange(new RegExp(BHA.small), BHA.large, /^Standard shipping/)
  await expect(order.section("Summary")).toContainText("1x added through exchange")
  await expect(order.section("Summary")).toContainText(BHA.large)
  const exchanged = await stockOfAll([BHA.large])
  expect(exchanged[BHA.large]).toEqual({ stocked: shelf[BHA.large].stocked, reserved: shelf[BHA.large].reserved + 1 })
  // Nothing is left half-open on the order (no return or exchange still being drafted).
  const { body: preview } = await admin(`/admin/orders/${orderId}/preview`, { token: await adminToken() })
  expect(preview.order.order_change ?? null).toBeNull()
  await order.screenshot("6-exchanged", order.section("Summary").getByText("1x added through exchange"))
})

test("a store manager cancels a shopper's unshipped set order and its components are free again", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000)
  const before = await stockOfAll(HYDRATE_SET.components)
  const orderId = await shopperOrders(browser, HYDRATE_SET.step)
  const held = await stockOfAll(HYDRATE_SET.components)
  for (const sku of HYDRATE_SET.components) expect(held[sku].reserved).toBe(before[sku].reserved + 1)

  const order = new AdminOrderPage(page, backendUrl)
  await order.login(staff.email, staff.password)
  await order.open(orderId)
  await order.cancelOrder()
  await expect(order.header).toContainText("Canceled")
  await order.screenshot("7-canceled")

  const canceled = await orderState(orderId)
  expect(canceled.status).toBe("canceled")
  expect(canceled.payment_status).toBe("canceled")
  expect(await stockOfAll(HYDRATE_SET.components)).toEqual(before)
})
