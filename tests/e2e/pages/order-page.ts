import { expect, type Locator, type Page } from "@playwright/test"

/** An order's page (in the account, or a guest's): its status in words, returns, the return form. */
export class OrderPage {
  readonly status: Locator
  readonly returns: Locator

  constructor(readonly page: Page) {
    this.status = page.getByRole("list", { name: "Order status" })
    this.returns = page.getByRole("region", { name: "Returns" })
  }

  /** Opens "Start a return" (unless open), picks how many of one item (and a reason), and submits. */
  async startReturn(itemTitle: string, quantity: number, reason?: string) {
    const form = this.page.getByRole("form", { name: "Start a return" })
    if (!(await form.isVisible())) {
      await this.page.locator("summary", { hasText: "Start a return" }).click()
    }
    await form.getByLabel(`Quantity of ${itemTitle}`, { exact: false }).selectOption(String(quantity))
    if (reason) {
      await form.getByLabel("Reason (optional)").selectOption({ label: reason })
    }
    await form.getByRole("button", { name: "Start the return" }).click()
    // The page is rendered again with the return in it (the form goes: one return per order).
    await expect(this.returns.getByTestId("return")).toBeVisible()
  }
}

/** /{country}/order/lookup: a guest finds an order by e-mail and order number. */
export class OrderLookupPage {
  readonly form: Locator

  constructor(readonly page: Page) {
    this.form = page.getByRole("form", { name: "Find your order" })
  }

  async goto(store = "de/en") {
    await this.page.goto(`/${store}/order/lookup`)
  }

  async find(email: string, orderNumber: string | number) {
    await this.form.getByLabel("E-mail").fill(email)
    await this.form.getByLabel("Order number").fill(String(orderNumber))
    await this.form.getByRole("button", { name: "Find my order" }).click()
  }
}
