import type { Locator, Page } from "@playwright/test"

/** Medusa Admin's Guides editor (the admin extension), served by the backend at /app. */
export class AdminGuidePage {
  constructor(
    readonly page: Page,
    readonly backendUrl: string
  ) {}

  async login(email: string, password: string) {
    await this.page.goto(`${this.backendUrl}/app/login`)
    await this.page.getByPlaceholder("Email").fill(email)
    await this.page.getByPlaceholder("Password").fill(password)
    await this.page.getByRole("button", { name: "Continue with Email" }).click()
    await this.page.waitForURL((url) => !url.pathname.endsWith("/login"))
  }

  async openGuides() {
    await this.page.goto(`${this.backendUrl}/app/guides`)
  }

  async openGuide(handle: string) {
    await this.page.goto(`${this.backendUrl}/app/guides/${handle}`)
  }

  sectionForm(title: string): Locator {
    return this.page.getByRole("form", { name: title })
  }
}
