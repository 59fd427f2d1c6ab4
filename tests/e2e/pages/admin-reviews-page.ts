import type { Locator, Page } from "@playwright/test"
import { logInToMedusaAdmin } from "./admin-login"

/** Medusa Admin's Reviews page (the admin extension at /app/reviews). */
export class AdminReviewsPage {
  constructor(
    readonly page: Page,
    readonly backendUrl: string
  ) {}

  login(email: string, password: string) {
    return logInToMedusaAdmin(this.page, this.backendUrl, email, password)
  }

  async open() {
    await this.page.goto(`${this.backendUrl}/app/reviews`)
  }

  review(title: string): Locator {
    return this.page.getByRole("listitem", { name: `Review: ${title}` })
  }
}
