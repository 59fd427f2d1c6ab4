import { expect, test } from "@playwright/test"
import { admin, adminToken } from "../support/api"
import { AdminGuidePage } from "./pages/admin-guide-page"

const backendUrl = process.env.LCL_BACKEND_URL ?? "http://localhost:9000"
const storefrontUrl = process.env.LCL_STOREFRONT_URL ?? "http://localhost:8000"
const staff = {
  email: process.env.ADMIN_EMAIL ?? "admin@lacremeluxe.test",
  password: process.env.ADMIN_PASSWORD ?? "lacremeluxe-admin",
}
const HANDLE = "pore-perfect-5-niacinamide-calming-serum"

/** Staff's Admin API access, to find the product and put its profile back afterwards. */
async function adminApi() {
  const token = await adminToken()
  const call = async (path: string, body?: unknown) => (await admin(path, { token, body })).body
  const { products } = await call(`/admin/products?handle=${HANDLE}&fields=id`)
  const productId = products[0].id as string
  const { skincare_profile: original } = await call(`/admin/products/${productId}/skincare`)
  const { id: _id, ...body } = original
  return { productId, restore: () => call(`/admin/products/${productId}/skincare`, body) }
}

test("staff edit a product's skincare profile in Medusa Admin and the product page shows it", async ({ page }) => {
  test.setTimeout(120_000)
  const api = await adminApi()
  try {
    const editor = new AdminGuidePage(page, backendUrl)
    await editor.login(staff.email, staff.password)
    await page.goto(`${backendUrl}/app/products/${api.productId}`)
    await expect(page.getByRole("heading", { name: "Skincare profile" })).toBeVisible()
    await page.getByRole("button", { name: "Edit skincare profile" }).click()

    const drawer = page.getByRole("dialog", { name: "Edit skincare profile" })
    const howToUse = `Smooth two drops over clean skin, morning and evening (${Date.now().toString(36)}).`
    await drawer.getByLabel("How to use").fill(howToUse)
    await drawer.getByRole("group", { name: "Concerns" }).getByRole("checkbox", { name: "Dullness" }).check()
    await drawer.getByRole("button", { name: "Save" }).click()
    await expect(page.getByText("Skincare profile saved")).toBeVisible()
    await expect(drawer).toBeHidden()
    await expect(page.getByText(howToUse)).toBeVisible()

    await expect(async () => {
      await page.goto(`${storefrontUrl}/de/en/products/${HANDLE}`)
      await expect(page.getByRole("region", { name: "How to use" })).toContainText(howToUse, { timeout: 1000 })
    }).toPass({ timeout: 60_000, intervals: [1000, 2000, 3000] })
    await expect(page.getByText("Dullness")).toBeVisible()
  } finally {
    await api.restore()
  }
})

test("the skincare form refuses an empty product type beside the field and saves nothing", async ({ page }) => {
  const api = await adminApi()
  const editor = new AdminGuidePage(page, backendUrl)
  await editor.login(staff.email, staff.password)
  await page.goto(`${backendUrl}/app/products/${api.productId}`)
  await page.getByRole("button", { name: "Edit skincare profile" }).click()
  const drawer = page.getByRole("dialog", { name: "Edit skincare profile" })
  const productType = drawer.getByLabel("Product type")
  const before = await productType.inputValue()
  await productType.fill("  ")
  await drawer.getByRole("button", { name: "Save" }).click()
  await expect(drawer).toBeVisible()
  await expect(productType).toHaveAttribute("aria-invalid", "true")
  await expect(productType).toHaveAccessibleDescription(/Enter the product type, e\.g\. “Clay mask”\./)
  await drawer.getByRole("button", { name: "Cancel" }).click()
  await page.reload()
  await expect(page.getByText(before, { exact: true }).first()).toBeVisible()
})
