import type { Locator, Page } from "@playwright/test"
import { logInToMedusaAdmin } from "./admin-login"

/** Medusa Admin's Guides editor (the admin extension), served by the backend at /app. */
export class AdminGuidePage {
  constructor(
    readonly page: Page,
    readonly backendUrl: string
  ) {}

  login(email: string, password: string) {
    return logInToMedusaAdmin(this.page, this.backendUrl, email, password)
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
