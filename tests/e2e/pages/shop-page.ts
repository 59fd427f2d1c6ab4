import type { Locator, Page } from "@playwright/test"

/** The shop's listing with its filter form, and the header's search box. */
export class ShopPage {
  readonly filters: Locator
  readonly products: Locator
  readonly resultCount: Locator
  readonly search: Locator

  constructor(readonly page: Page) {
    this.filters = page.getByRole("form", { name: "Filter products" })
    this.products = page.getByRole("region", { name: "Products" }).getByTestId("product-card")
    this.resultCount = page.getByTestId("result-count")
    this.search = page.getByRole("search").getByRole("searchbox")
  }

  async goto(country = "de", query = "") {
    await this.page.goto(`/${country}/shop${query}`)
  }

  async count(): Promise<number> {
    return Number((await this.resultCount.innerText()).match(/\d+/)![0])
  }
}
