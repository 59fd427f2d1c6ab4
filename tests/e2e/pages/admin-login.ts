import type { Page } from "@playwright/test"

/** Logs a staff member in to Medusa Admin at `/app`, as they would on its login page. */
export async function logInToMedusaAdmin(page: Page, backendUrl: string, email: string, password: string) {
  await page.goto(`${backendUrl}/app/login`)
  await page.getByPlaceholder("Email").fill(email)
  await page.getByPlaceholder("Password").fill(password)
  await page.getByRole("button", { name: "Continue with Email" }).click()
  await page.waitForURL((url) => !url.pathname.endsWith("/login"))
}
