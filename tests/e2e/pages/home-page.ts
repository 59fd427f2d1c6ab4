import type { Locator, Page } from "@playwright/test"

/** The storefront's home page: the routine's steps, each with its products. */
export class HomePage {
  readonly steps: Locator

  constructor(readonly page: Page) {
    this.steps = page.getByTestId("routine-step")
  }

  async goto(store = "de/en") {
    await this.page.goto(`/${store}`)
  }

  step(name: string): Locator {
    return this.page.getByRole("region", { name })
  }

  productsOf(step: Locator): Locator {
    return step.getByTestId("product-card")
  }
}
