import { expect, type Page } from "@playwright/test"

export const PASSWORD = "a long test password"

export function newEmail(label: string) {
  return `${label}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 6)}@example.test`
}

/** The account pages: log in / register, the account overview, password reset. */
export class AccountPage {
  constructor(readonly page: Page) {}

  async register(email: string, password = PASSWORD) {
    await this.page.goto("/de/en/account/login")
    const form = this.page.getByRole("form", { name: "Create an account" })
    await form.getByLabel("First name").fill("Mara")
    await form.getByLabel("Last name").fill("Lindqvist")
    await form.getByLabel("E-mail").fill(email)
    await form.getByLabel("Password", { exact: true }).fill(password)
    await form.getByLabel("Password again").fill(password)
    await form.getByRole("button", { name: "Create my account" }).click()
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText("Hello, Mara")
  }

  async logIn(email: string, password = PASSWORD) {
    await this.page.goto("/de/en/account/login")
    const form = this.page.getByRole("form", { name: "Log in" })
    await form.getByLabel("E-mail").fill(email)
    await form.getByLabel("Password").fill(password)
    await form.getByRole("button", { name: "Log in" }).click()
  }

  async logOut() {
    await this.page.getByRole("button", { name: "Log out" }).click()
    await expect(this.page).toHaveURL(/\/de\/en$/)
  }
}
