import { expect, test } from "@playwright/test"
import { admin, adminToken } from "../support/api"
import { AdminGuidePage } from "./pages/admin-guide-page"
import { GuidePage } from "./pages/guide-page"

const backendUrl = process.env.LCL_BACKEND_URL ?? "http://localhost:9000"
const staff = {
  email: process.env.ADMIN_EMAIL ?? "admin@lacremeluxe.test",
  password: process.env.ADMIN_PASSWORD ?? "lacremeluxe-admin",
}

const CONCLUSION = "Pore care is an ongoing habit"

/** The tips section's title and text as the Admin API has them. */
async function tipsSection() {
  const { body } = await admin("/admin/guides/pore-care", { token: await adminToken() })
  const { title, body: text } = body.guide.sections.find((s: { kind: string }) => s.kind === "tips")
  return { title, text }
}

/** The conclusion as the Admin API has it now, and a way to put its text back afterwards. */
async function conclusionSection() {
  const token = await adminToken()
  const { body } = await admin("/admin/guides/pore-care", { token })
  const section = body.guide.sections.find((s: { title: string }) => s.title === CONCLUSION)
  const restore = async () => {
    const saved = await admin(`/admin/guides/pore-care/sections/${section.id}`, { token, body: { body: section.body } })
    expect(saved.status).toBe(200)
  }
  return { body: section.body as string, restore }
}

test("a staff edit of a guide section in Medusa Admin shows on the guide page without a rebuild", async ({ page }) => {
  test.setTimeout(120_000)
  const conclusion = await conclusionSection()
  const sentence = `Staff note ${Date.now().toString(36)}: consistency beats intensity.`
  const guide = new GuidePage(page)
  try {
    const editor = new AdminGuidePage(page, backendUrl)
    await editor.login(staff.email, staff.password)
    await editor.openGuides()
    await expect(page.getByRole("heading", { name: "Guides" })).toBeVisible()
    await expect(page.getByRole("cell", { name: "Double Cleanse Set" })).toBeVisible()

    await editor.openGuide("pore-care")
    const form = editor.sectionForm(CONCLUSION)
    const body = form.getByLabel("Body")
    await expect(body).toHaveValue(conclusion.body)
    await body.fill(`${conclusion.body}\n\n${sentence}`)
    await form.getByRole("button", { name: "Save" }).click()
    await expect(page.getByText("Section saved")).toBeVisible()

    await expect(async () => {
      await guide.goto()
      await expect(guide.section(CONCLUSION)).toContainText(sentence, { timeout: 1000 })
    }).toPass({ timeout: 60_000, intervals: [1000, 2000, 3000] })
  } finally {
    await conclusion.restore()
  }
  // Put back as it was, for whatever runs next.
  await expect(async () => {
    await guide.goto()
    await expect(guide.section(CONCLUSION)).not.toContainText(sentence, { timeout: 1000 })
  }).toPass({ timeout: 60_000, intervals: [1000, 2000, 3000] })
})

test("Medusa Admin refuses a section saved with an empty title, keeps what was typed and saves nothing", async ({
  page,
}) => {
  const before = await tipsSection()
  const editor = new AdminGuidePage(page, backendUrl)
  await editor.login(staff.email, staff.password)
  await editor.openGuide("pore-care")
  const form = editor.sectionForm("Practical tips and precautions")
  await form.getByLabel("Title").fill("   ")
  const body = form.getByLabel("Body")
  const typed = `${await body.inputValue()}\n\nKept after an error.`
  await body.fill(typed)
  await form.getByRole("button", { name: "Save" }).click()
  await expect(form.getByText(/title cannot be empty/i)).toBeVisible()
  await expect(body).toHaveValue(typed)
  expect(await tipsSection()).toEqual(before)
})
