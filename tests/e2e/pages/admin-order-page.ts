import { expect, type Locator, type Page } from "@playwright/test"
import { admin, adminToken } from "../../support/api"
import { logInToMedusaAdmin } from "./admin-login"

/**
 * An order in Medusa Admin (/app/orders/:id), as a store manager works it: capture, fulfil, ship,
 * deliver, refund, return, exchange, cancel. Medusa's dashboard gives its "…" menus and some
 * pickers no accessible name; those are found inside their named section instead.
 */
export class AdminOrderPage {
  constructor(
    readonly page: Page,
    readonly backendUrl: string
  ) {}

  login(email: string, password: string) {
    return logInToMedusaAdmin(this.page, this.backendUrl, email, password)
  }

  async open(orderId: string) {
    await this.page.goto(`${this.backendUrl}/app/orders/${orderId}`)
    await expect(this.heading).toBeVisible()
  }

  get heading(): Locator {
    return this.page.getByRole("main").getByRole("heading", { level: 1 })
  }

  /** The order's header card: number, payment and fulfilment badges, and its menu (Cancel). */
  get header(): Locator {
    return this.card(this.page.getByRole("heading", { level: 1 }))
  }

  /** A card of the order page by its heading ("Summary", "Payments", "Fulfillment #1", …). */
  section(title: string | RegExp): Locator {
    return this.card(this.page.getByRole("heading", { name: title, exact: typeof title === "string" }))
  }

  private card(heading: Locator): Locator {
    return this.page.locator("div.shadow-elevation-card-rest").filter({ has: heading }).last()
  }

  /** Opens a card's "…" menu (a button without a name in Medusa's dashboard) and picks an item. */
  async menu(card: Locator, item: string) {
    await card.locator("button[aria-haspopup=menu]").first().click()
    await this.page.getByRole("menuitem", { name: item }).click()
  }

  private dialog(heading: string | RegExp): Locator {
    return this.page.getByRole("dialog").filter({ has: this.page.getByRole("heading", { name: heading }) })
  }

  private async confirm(button: "Confirm" | "Continue") {
    const prompt = this.page.getByRole("alertdialog")
    await prompt.getByRole("button", { name: button }).click()
    await expect(prompt).toBeHidden()
  }

  async capturePayment() {
    await this.page.getByRole("button", { name: "Capture payment" }).click()
    await this.confirm("Confirm")
  }

  async fulfilAll() {
    await this.menu(this.section("Unfulfilled Items"), "Fulfill items")
    const form = this.page
      .getByRole("dialog")
      .filter({ has: this.page.getByRole("button", { name: "Create Fulfillment" }) })
    // The form fills in the warehouse and the shopper's shipping method once its data has loaded.
    await expect(form.getByText("LACREMELUXE warehouse").first()).toBeVisible()
    await expect(form.getByText(/^(Standard|Express) shipping$/).first()).toBeVisible()
    await form.getByRole("button", { name: "Create Fulfillment" }).click()
    await expect(form).toBeHidden()
  }

  async markShipped(fulfillment: Locator, trackingNumber: string, trackingUrl: string) {
    await fulfillment.getByRole("button", { name: "Mark as shipped" }).click()
    const drawer = this.dialog("Mark fulfillment shipped")
    await drawer.getByRole("button", { name: "Add tracking number" }).click()
    await drawer.getByRole("textbox", { name: "Tracking number" }).fill(trackingNumber)
    await drawer.getByRole("textbox", { name: "Tracking URL" }).fill(trackingUrl)
    await drawer.getByRole("button", { name: "Save" }).click()
    await expect(drawer).toBeHidden()
  }

  async markDelivered(fulfillment: Locator) {
    await fulfillment.getByRole("button", { name: "Mark as delivered" }).click()
    await this.confirm("Continue")
  }

  async refund(amount: string) {
    await this.menu(this.section("Payments"), "Refund")
    const drawer = this.dialog("Create Refund")
    await drawer.getByRole("textbox", { name: "Amount" }).fill(amount)
    await drawer.getByRole("button", { name: "Save" }).click()
    await expect(drawer).toBeHidden()
  }

  /** Items are picked in a table of the order's lines; "Add items" is a link-styled anchor without href. */
  private async addItems(form: Locator, which: number, rowName: RegExp, search?: string) {
    await form.getByText("Add items", { exact: true }).nth(which).click()
    const picker = this.page.getByRole("dialog").filter({ has: this.page.getByRole("table") })
    if (search) await picker.getByRole("searchbox", { name: "Search" }).fill(search)
    await picker.getByRole("row", { name: rowName }).getByRole("checkbox").check()
    await picker.getByRole("button", { name: "Save" }).click()
    await expect(picker).toBeHidden()
  }

  /** Picks an option; the dashboard saves each choice at once, and confirming before it has would lose it. */
  private async choose(combobox: Locator, option: string | RegExp, saves: RegExp) {
    await combobox.click()
    const saved = this.page.waitForResponse(
      (r) => saves.test(new URL(r.url()).pathname) && r.request().method() === "POST"
    )
    await this.page.getByRole("option", { name: option }).click()
    expect((await saved).ok()).toBe(true)
  }

  async createReturn(item: RegExp, location: string, shipping: string) {
    await this.menu(this.section("Summary"), "Create Return")
    const form = this.dialog("Create Return")
    await this.addItems(form, 0, item)
    await this.choose(form.getByRole("combobox").first(), location, /\/admin\/returns\/[^/]+$/)
    await this.choose(form.getByRole("combobox").nth(1), shipping, /\/admin\/returns\/[^/]+\/shipping-method$/)
    await form.getByRole("button", { name: "Confirm Return" }).click()
    await this.confirm("Continue")
    await expect(form).toBeHidden()
    await this.dismissStrayRequest("Return")
  }

  async receiveReturn(quantity = 1) {
    const form = this.dialog(/^Receive items for #/)
    // Right after a return is confirmed, the dashboard may still hold the order's preview from
    // before (the return request as an open change) and sends staff back with "There is an active
    // order change…"; a fresh page has the new preview, so staff reload and click again.
    let attempt = 0
    await expect(async () => {
      if (!this.page.url().endsWith("/receive")) {
        if (attempt++ > 0) await this.page.reload()
        await this.page.getByRole("link", { name: "Receive items" }).click({ timeout: 10_000 })
      }
      await expect(form).toBeVisible({ timeout: 10_000 })
    }).toPass({ timeout: 60_000 })
    await expect(form.getByText("Please note that we will automatically adjust the inventory levels")).toBeVisible()
    // Opening the form marks every returned item as received on the server and shows the quantity
    // once it has; when that did not happen (a page left mid-way), staff type the quantity in.
    const received = form.getByRole("spinbutton")
    const marked = await expect(received)
      .toHaveValue(String(quantity), { timeout: 10_000 })
      .then(() => true)
      .catch(() => false)
    if (!marked) {
      const saved = this.page.waitForResponse(
        (r) => r.url().includes("/receive-items") && r.request().method() === "POST"
      )
      await received.fill(String(quantity))
      await received.blur()
      expect((await saved).ok()).toBe(true)
    }
    await form.getByRole("button", { name: "Save" }).click()
    await expect(form).toBeHidden()
  }

  async createExchange(inbound: RegExp, outboundSku: string, outboundShipping: RegExp) {
    await this.cancelStrayReceive()
    await this.menu(this.section("Summary"), "Create Exchange")
    const form = this.dialog("Create Exchange")
    await this.addItems(form, 0, inbound)
    await this.addItems(form, 1, new RegExp(outboundSku), outboundSku)
    // Location and return shipping come first; the outbound shipping picker is the last one.
    await this.choose(form.getByRole("combobox").last(), outboundShipping, /\/outbound\/shipping-method$/)
    await form.getByRole("button", { name: "Confirm Exchange" }).click()
    await this.confirm("Continue")
    await expect(form).toBeHidden()
    await this.dismissStrayRequest("Exchange")
  }

  /**
   * Medusa's dashboard (2.21.2) begins a return or exchange whenever its form is open and the order
   * has no open change; right after a confirmation the refreshed order can reach the closing form,
   * which then begins a second, empty one ("Return initiated" / "Exchange initiated" above the
   * order). It would block the next action, so staff cancel it, as the banner offers.
   */
  private async dismissStrayRequest(kind: "Return" | "Exchange") {
    const banner = this.page.getByRole("heading", { name: `${kind} initiated` })
    const appeared = await banner
      .waitFor({ state: "visible", timeout: 5_000 })
      .then(() => true)
      .catch(() => false)
    if (!appeared) return
    // The banner re-renders while the order refreshes: click until it is gone (or went by itself).
    await expect(async () => {
      if (await banner.isVisible())
        await this.page.getByRole("button", { name: `Cancel ${kind}` }).click({ timeout: 2_000 })
      await expect(banner).toBeHidden({ timeout: 3_000 })
    }).toPass({ timeout: 30_000 })
  }

  /**
   * The same dashboard behaviour after "Receive items": the closing receive form can begin a second
   * receive that nobody finishes. It shows no banner, yet it keeps "Create Exchange" disabled. The
   * test cancels it through the Admin API route the dashboard's own cancel calls
   * (`DELETE /admin/returns/:id/receive`, or `/request` for an empty request), then reloads.
   */
  private async cancelStrayReceive() {
    const orderId = new URL(this.page.url()).pathname.split("/").pop()!
    const token = await adminToken()
    const { body } = await admin(`/admin/orders/${orderId}/preview`, { token })
    const change = body.order?.order_change
    // A receive left open, or a return request begun with nothing in it (the banner case, missed).
    const stray = { return_receive: "receive", return_request: "request" }[change?.change_type as string]
    if (!stray || !change.return_id) return
    const cancel = await admin(`/admin/returns/${change.return_id}/${stray}`, { token, method: "DELETE" })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    await this.page.reload()
    await expect(this.heading).toBeVisible()
  }

  async cancelOrder() {
    await this.menu(this.header, "Cancel")
    await this.confirm("Continue")
  }

  /** Medusa Admin's Inventory list, searched by SKU: the "In stock" figure staff read for an item. */
  async inventoryInStock(sku: string): Promise<Locator> {
    await this.page.goto(`${this.backendUrl}/app/inventory?q=${encodeURIComponent(sku)}`)
    const table = this.page.getByRole("main").getByRole("table")
    const row = table.getByRole("row").filter({ has: this.page.getByRole("cell", { name: sku, exact: true }) })
    await expect(row).toBeVisible()
    const headers = (await table.getByRole("columnheader").allInnerTexts()).map((h) => h.trim())
    return row.getByRole("cell").nth(headers.indexOf("In stock"))
  }

  async screenshot(name: string, focus?: Locator) {
    await focus?.scrollIntoViewIfNeeded()
    await this.page.screenshot({ path: `test-results/admin-orders/${name}.png`, fullPage: true })
  }
}
