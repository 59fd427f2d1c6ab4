import { expect, test } from "@playwright/test"
import { AdminGuidePage } from "./pages/admin-guide-page"
import { GuidePage } from "./pages/guide-page"

const backendUrl = process.env.LCL_BACKEND_URL ?? "http://localhost:9000"
const admin = {
  email: process.env.ADMIN_EMAIL ?? "admin@lacremeluxe.test",
  password: process.env.ADMIN_PASSWORD ?? "lacremeluxe-admin",
}

test("a staff edit of a guide section in Medusa Admin shows on the guide page without a rebuild", async ({ page }) => {
  test.setTimeout(120_000)
  const editor = new AdminGuidePage(page, backendUrl)
  await editor.login(admin.email, admin.password)
  await editor.openGuides()
  await expect(page.getByRole("heading", { name: "Guides" })).toBeVisible()
  await expect(page.getByRole("cell", { name: "Double Cleanse Set" })).toBeVisible()

  await editor.openGuide("pore-care")
  const form = editor.sectionForm("Pore care is an ongoing habit")
  const body = form.getByLabel("Body")
  const sentence = `Staff note ${Date.now().toString(36)}: consistency beats intensity.`
  const original = await body.inputValue()
  await body.fill(`${original}\n\n${sentence}`)
  await form.getByRole("button", { name: "Save" }).click()
  await expect(page.getByText("Section saved")).toBeVisible()

  const guide = new GuidePage(page)
  await expect(async () => {
    await guide.goto()
    await expect(guide.section("Pore care is an ongoing habit")).toContainText(sentence, { timeout: 1000 })
  }).toPass({ timeout: 60_000, intervals: [1000, 2000, 3000] })
})

test("Medusa Admin refuses a section saved with an empty title and keeps what was typed", async ({ page }) => {
  const editor = new AdminGuidePage(page, backendUrl)
  await editor.login(admin.email, admin.password)
  await editor.openGuide("pore-care")
  const form = editor.sectionForm("Practical tips and precautions")
  await form.getByLabel("Title").fill("   ")
  const body = form.getByLabel("Body")
  const typed = `${await body.inputValue()}\n\nKept after an error.`
  await body.fill(typed)
  await form.getByRole("button", { name: "Save" }).click()
  await expect(form.getByText(/title cannot be empty/i)).toBeVisible()
  await expect(body).toHaveValue(typed)
})
