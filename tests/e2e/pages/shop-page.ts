import type { Locator, Page } from "@playwright/test"

/** The shop's listing with its filter form, and the header's search box. */
export class ShopPage {
  readonly filters: Locator
  readonly products: Locator
  readonly resultCount: Locator
  readonly search: Locator
  /** A step page's description, from the guide's section of that step. */
  readonly stepDescription: Locator

  constructor(readonly page: Page) {
    this.filters = page.getByRole("form", { name: "Filter products" })
    this.products = page.getByRole("region", { name: "Products" }).getByTestId("product-card")
    this.resultCount = page.getByTestId("result-count")
    this.search = page.getByRole("search").getByRole("searchbox")
    this.stepDescription = page.getByTestId("step-description")
  }

  async goto(store = "de/en", query = "") {
    await this.page.goto(`/${store}/shop${query}`)
  }

  /** A step's own page, e.g. /de/shop/cleanse. */
  async gotoStep(step: string, store = "de/en", query = "") {
    await this.page.goto(`/${store}/shop/${step}${query}`)
  }

  /** The handles of the listed products, sorted (from their links). */
  async handles(): Promise<string[]> {
    const hrefs = await this.products
      .getByRole("heading")
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))
    return hrefs.map((href) => href.split("/").pop()!).sort()
  }

  async count(): Promise<number> {
    return Number((await this.resultCount.innerText()).match(/\d+/)![0])
  }
}
