import { expect, test } from "@playwright/test"
import { admin, adminToken, store } from "../support/api"
import { addItem, checkout, newCart } from "../support/checkout"
import { AdminGuidePage } from "./pages/admin-guide-page"
import { AdminStockPage } from "./pages/admin-stock-page"

const backendUrl = process.env.LCL_BACKEND_URL ?? "http://localhost:9000"
const staff = {
  email: process.env.ADMIN_EMAIL ?? "admin@lacremeluxe.test",
  password: process.env.ADMIN_PASSWORD ?? "lacremeluxe-admin",
}
const SKU = "LCL-PRT-GEL-50"
const ITEM = "Daily Shield SPF 30 Matte Gel · 50 ml"
const SET = "Daily SPF Duo"
const SOLD_SET = { handle: "hydrate-set", title: "Light Hydration Set" }

/** A shopper buys a set today, so the day's figures have an order to show. */
async function placeSetOrder() {
  const { body } = await store(`/store/products?handle=${SOLD_SET.handle}&fields=variants.id`)
  const cart = await newCart()
  await addItem(cart.id, body.products[0].variants[0].id, 5)
  const placed = await checkout(cart.id)
  expect(placed.body.type).toBe("order")
}

/** Staff's Admin API access: empty the item's stock first, put stock and threshold back after. */
async function adminApi() {
  const token = await adminToken()
  const call = async (path: string, body?: unknown) => (await admin(path, { token, body })).body
  const { inventory_items } = await call(
    `/admin/inventory-items?sku=${SKU}&fields=id,location_levels.location_id,location_levels.stocked_quantity,location_levels.reserved_quantity`
  )
  const item = inventory_items[0]
  const level = item.location_levels[0]
  const setStocked = (quantity: number) =>
    call(`/admin/inventory-items/${item.id}/location-levels/${level.location_id}`, { stocked_quantity: quantity })
  await setStocked(level.reserved_quantity)
  return {
    itemId: item.id as string,
    summary: async () => (await call("/admin/dashboard/summary?tz=UTC")).summary,
    restore: async () => {
      await setStocked(level.stocked_quantity)
      await call(`/admin/inventory-items/${item.id}/low-stock-threshold`, { threshold: 10 })
    },
  }
}

const orders = (count: number) => (count === 1 ? "1 order" : `${count} orders`)

test("staff see an item that ran out, the set it blocks, set its threshold, and see the day's figures on the orders list", async ({
  page,
}) => {
  test.setTimeout(120_000)
  const api = await adminApi()
  try {
    await new AdminGuidePage(page, backendUrl).login(staff.email, staff.password)
    const stock = new AdminStockPage(page, backendUrl)
    await stock.openFromSidebar()

    const row = stock.item(ITEM)
    await expect(row).toBeVisible()
    await expect(row.getByRole("list", { name: `Sets with ${ITEM}` })).toContainText(SET)
    await expect(row).toContainText("Blocked")
    await expect(row).toContainText("0 sellable")
    await expect(row.getByRole("link", { name: `Restock ${ITEM}` })).toHaveAttribute(
      "href",
      `/app/inventory/${api.itemId}`
    )

    await stock.setThreshold(ITEM, 2.5)
    await expect(row.getByRole("alert")).toHaveText("The low-stock threshold must be a whole number from 0 to 100,000.")
    await stock.setThreshold(ITEM, 30)
    await expect(page.getByText(`Threshold of ${ITEM} saved`)).toBeVisible()
    await page.reload()
    await expect(stock.threshold(ITEM)).toHaveValue("30")

    await placeSetOrder()
    const summary = await api.summary()
    expect(summary.today.orders).toBeGreaterThanOrEqual(1)
    await stock.openOrders()
    const glance = stock.glance()
    await expect(glance.getByRole("heading", { name: "Today at a glance" })).toBeVisible()
    await expect(glance).toContainText(`Today${orders(summary.today.orders)}`)
    const eurToday = summary.today.revenue.find((r: { currency_code: string }) => r.currency_code === "eur").amount
    await expect(glance).toContainText(
      new Intl.NumberFormat("en", { style: "currency", currency: "EUR" }).format(eurToday)
    )
    await expect(glance).toContainText(`Last 7 days${orders(summary.last_7_days.orders)}`)
    await expect(glance).toContainText(`Waiting to be fulfilled${orders(summary.awaiting_fulfillment)}`)
    await expect(glance).toContainText(`Open returns${summary.open_returns}`)
    await expect(glance.getByRole("list", { name: "Best-selling sets, last 30 days" })).toContainText(SOLD_SET.title)
  } finally {
    await api.restore()
  }
})
