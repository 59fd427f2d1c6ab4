import type { Locator, Page } from "@playwright/test"

export const shopper = {
  email: () => `shopper.${Date.now().toString(36)}@example.test`,
  first_name: "Mara",
  last_name: "Lindqvist",
  address_1: "Karl-Liebknecht-Straße 9",
  postal_code: "04107",
  city: "Leipzig",
}

/** Checkout: contact, address, shipping method, payment, place order. */
export class CheckoutPage {
  readonly form: Locator

  constructor(readonly page: Page) {
    this.form = page.getByRole("form", { name: "Checkout" })
  }

  async goto(store = "de/en") {
    await this.page.goto(`/${store}/checkout`)
  }

  async fill(overrides: Partial<Record<"postal_code" | "city", string>> = {}) {
    await this.form.getByLabel("E-mail").fill(shopper.email())
    await this.form.getByLabel("First name").fill(shopper.first_name)
    await this.form.getByLabel("Last name").fill(shopper.last_name)
    await this.form.getByLabel("Street and house number").fill(shopper.address_1)
    await this.form.getByLabel("Postal code").fill(overrides.postal_code ?? shopper.postal_code)
    await this.form.getByLabel("Town or city").fill(overrides.city ?? shopper.city)
    await this.form.getByLabel("Country").selectOption("de")
  }

  placeOrder() {
    return this.form.getByRole("button", { name: /Order and pay/ }).click()
  }
}
