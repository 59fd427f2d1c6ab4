import type { Locator, Page } from "@playwright/test"

/**
 * Medusa Admin's Low stock page (with its "Shoppers waiting" section) and the orders list's
 * "Today at a glance" (admin extensions).
 */
export class AdminStockPage {
  constructor(
    readonly page: Page,
    readonly backendUrl: string
  ) {}

  async openFromSidebar() {
    await this.page.goto(`${this.backendUrl}/app/orders`)
    await this.page.getByRole("link", { name: "Low stock" }).click()
    await this.page.getByRole("heading", { name: "Low stock", level: 1 }).waitFor()
  }

  /** The table row of one inventory item. */
  item(title: string): Locator {
    return this.page.getByTestId("low-stock-item").filter({ has: this.page.getByText(title, { exact: true }) })
  }

  threshold(title: string): Locator {
    return this.page.getByRole("spinbutton", { name: `Low-stock threshold of ${title}` })
  }

  async setThreshold(title: string, value: number) {
    await this.threshold(title).fill(String(value))
    await this.page.getByRole("button", { name: `Save threshold of ${title}` }).click()
  }

  /** The "Shoppers waiting" row of one variant, by the name alerts give it (a link to its product). */
  waitingFor(title: string): Locator {
    return this.page
      .getByTestId("waiting-variant")
      .filter({ has: this.page.getByRole("link", { name: title, exact: true }) })
  }

  async openOrders() {
    await this.page.goto(`${this.backendUrl}/app/orders`)
  }

  /** "Today at a glance" above the orders list: each figure reads as its label, then its value. */
  glance(): Locator {
    return this.page.getByRole("region", { name: "Today at a glance" })
  }
}
