import { expect, test } from "@playwright/test"
import { admin, adminToken, store } from "../support/api"
import { variantBySku } from "../support/alerts"
import { setStock } from "../support/inventory"
import { registerShopper, uniqueClient, type Shopper } from "../support/shopper"
import { setAvailable } from "../support/stock"
import { logInToMedusaAdmin } from "./pages/admin-login"
import { AdminStockPage } from "./pages/admin-stock-page"

const backendUrl = process.env.LCL_BACKEND_URL ?? "http://localhost:9000"
const staff = {
  email: process.env.ADMIN_EMAIL ?? "admin@lacremeluxe.test",
  password: process.env.ADMIN_PASSWORD ?? "lacremeluxe-admin",
}
/** A size in no set and in no other test: selling it out here blocks nothing else. */
const SKU = "LCL-MSK-CHAR-75"

type Waiting = { waiting: number; unconfirmed: number }

/** The variant's figures as the Low stock page reads them (the Admin API behind it). */
async function waitingFor(variantId: string): Promise<Waiting> {
  const { body } = await admin("/admin/stock-alerts/waiting", { token: await adminToken() })
  const row = body.variants.find((v: { variant_id: string }) => v.variant_id === variantId)
  return row ? { waiting: row.waiting, unconfirmed: row.unconfirmed } : { waiting: 0, unconfirmed: 0 }
}

test("staff see on the Low stock page how many shoppers wait for a sold-out size", async ({ page }) => {
  test.setTimeout(120_000)
  const variant = await variantBySku(SKU)
  const before = await waitingFor(variant.id)
  const stocked = await setAvailable(SKU, 0)
  let shopper: Shopper | undefined
  try {
    shopper = await registerShopper("waiting")
    // A signed-in shopper asks with their own address through the Store API: confirmed at once.
    const { status, body } = await store("/store/back-in-stock", {
      token: shopper.token,
      headers: uniqueClient(),
      body: { variant_id: variant.id, email: shopper.email },
    })
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.alert).toEqual({ status: "confirmed" })

    await logInToMedusaAdmin(page, backendUrl, staff.email, staff.password)
    const stock = new AdminStockPage(page, backendUrl)
    await stock.openFromSidebar()
    await expect(page.getByRole("heading", { name: "Shoppers waiting", level: 2 })).toBeVisible()
    const row = stock.waitingFor(variant.title)
    const cells = row.getByRole("cell")
    await expect(cells.nth(1)).toHaveText(String(before.waiting + 1))
    await expect(cells.nth(2)).toHaveText(String(before.unconfirmed))
    await expect(row.getByRole("link", { name: variant.title, exact: true })).toHaveAttribute(
      "href",
      /^\/app\/products\/prod_/
    )
  } finally {
    // The shopper's account goes, and their alert with it, before the size is restocked, so the
    // restock e-mails no one and the list is as it was.
    if (shopper) {
      await store("/store/customers/me", { method: "DELETE", token: shopper.token })
      await expect.poll(() => waitingFor(variant.id), { timeout: 20_000 }).toEqual(before)
    }
    await setStock(SKU, stocked)
  }
})
