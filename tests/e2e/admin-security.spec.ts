import { expect, test } from "@playwright/test"
import { logInToMedusaAdmin } from "./pages/admin-login"

const backendUrl = process.env.LCL_BACKEND_URL ?? "http://localhost:9000"
const staff = {
  email: process.env.ADMIN_EMAIL ?? "admin@lacremeluxe.test",
  password: process.env.ADMIN_PASSWORD ?? "lacremeluxe-admin",
}

test("Medusa Admin logs in and works under the backend's Content-Security-Policy, breaking none of its rules", async ({
  page,
}) => {
  const violations: string[] = []
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  page.on("pageerror", (error) => violations.push(error.message))
  await logInToMedusaAdmin(page, backendUrl, staff.email, staff.password)
  await page.goto(`${backendUrl}/app/orders`)
  await expect(page.getByRole("heading", { name: "Orders" })).toBeVisible()
  await page.goto(`${backendUrl}/app/products`)
  await expect(page.getByRole("heading", { name: "Products" })).toBeVisible()
  expect(violations).toEqual([])
})

test("no other site can frame Medusa Admin", async ({ page }) => {
  await page.setContent(`<iframe title="admin" src="${backendUrl}/app/login"></iframe>`)
  const framed = page.frames().find((frame) => frame !== page.mainFrame())
  // The browser refuses the admin inside a frame (frame-ancestors 'none', X-Frame-Options: DENY)
  // and shows its own error page there instead.
  await expect.poll(() => framed?.url()).toMatch(/^chrome-error:/)
  await expect(page.frameLocator('iframe[title="admin"]').getByPlaceholder("Email")).toHaveCount(0)
})
