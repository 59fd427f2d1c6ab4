import type { Locator, Page } from "@playwright/test"

/** The pore-care guide: table of contents, sections, and each step's "Shop this step" panel. */
export class GuidePage {
  readonly tableOfContents: Locator
  readonly sections: Locator
  readonly cartCount: Locator

  constructor(readonly page: Page) {
    this.tableOfContents = page.getByRole("navigation", { name: "Table of contents" })
    this.sections = page.getByTestId("guide-section")
    this.cartCount = page.getByTestId("cart-count")
  }

  async goto(store = "de/en") {
    await this.page.goto(`/${store}/guide/pore-care`)
  }

  section(title: string | RegExp): Locator {
    return this.page.getByRole("region", { name: title })
  }

  shopPanel(stepTitle: string | RegExp): Locator {
    return this.section(stepTitle).getByTestId("shop-this-step")
  }
}
