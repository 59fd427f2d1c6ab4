import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { store } from "../support/api"
import { deliveredOrder, TRACKING } from "../support/orders"
import { registerShopper } from "../support/shopper"
import { AccountPage } from "./pages/account-page"
import { OrderLookupPage, OrderPage } from "./pages/order-page"

async function noAccessibilityViolations(page: Page, what: string) {
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${what} ${v.id}: ${v.help}`)).toEqual([])
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)
}

test("a signed-in shopper follows a delivered order and starts a return from the account", async ({ page }) => {
  const shopper = await registerShopper("e2e-return")
  const { order } = await deliveredOrder({ token: shopper.token, email: shopper.email })
  await new AccountPage(page).logIn(shopper.email, shopper.password)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Test")

  const row = page.getByTestId("order-row")
  await expect(row).toContainText(`Order #${order.displayId}`)
  await expect(row).toContainText("Delivered")
  await row.getByRole("link", { name: `Order #${order.displayId}` }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order #${order.displayId}`)

  const orderPage = new OrderPage(page)
  await expect(orderPage.status).toContainText(`Shipped on`)
  await expect(orderPage.status).toContainText(`tracking number ${TRACKING.tracking_number}`)
  await expect(orderPage.status.getByRole("link", { name: "Track parcel" })).toHaveAttribute(
    "href",
    TRACKING.tracking_url
  )
  await expect(orderPage.status).toContainText("Delivered on")
  await expect(orderPage.returns).toContainText("You can start a return until")

  await orderPage.startReturn(order.items[0].title, 1, "Didn't suit my skin")
  await expect(orderPage.returns.getByTestId("return")).toContainText("Started")
  await expect(orderPage.returns.getByTestId("return")).toContainText(`1 × ${order.items[0].title}`)
  await expect(page.getByLabel("Return address")).toContainText("Leipzig")
  await expect(orderPage.returns).toContainText("A return has already been started for this order.")

  const { body } = await store(`/store/orders/${order.id}/after-sale`, { token: shopper.token })
  expect(body.after_sale.returns).toEqual([expect.objectContaining({ status: "requested" })])
})

test("a guest finds the order with e-mail and order number, and starts a return", async ({ page }) => {
  const { order } = await deliveredOrder()
  const lookup = new OrderLookupPage(page)
  await lookup.goto()
  await noAccessibilityViolations(page, "lookup")

  await lookup.find(order.email, order.displayId + 100000)
  await expect(lookup.form.getByRole("alert")).toHaveText("We couldn't find an order with that e-mail and number.")
  await lookup.find("not-an-email", order.displayId)
  await expect(
    lookup.form.getByText("Please enter the e-mail address you ordered with, like name@example.com.")
  ).toBeVisible()

  await lookup.find(order.email, `#${order.displayId}`)
  await expect(page).toHaveURL(new RegExp(`/de/en/order/${order.id}$`))
  expect(page.url()).not.toContain("@")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order #${order.displayId}`)

  const orderPage = new OrderPage(page)
  await expect(orderPage.status).toContainText("Delivered on")
  await expect(orderPage.status.getByRole("link", { name: "Track parcel" })).toHaveAttribute(
    "href",
    TRACKING.tracking_url
  )
  await page.locator("summary", { hasText: "Start a return" }).click()
  await noAccessibilityViolations(page, "order with the return form")
  await orderPage.startReturn(order.items[0].title, 2)
  await expect(orderPage.returns.getByTestId("return")).toContainText(`2 × ${order.items[0].title}`)

  // Another browser, without the lookup, does not see the order.
  const stranger = await page.context().browser()!.newContext()
  const other = await stranger.newPage()
  await other.goto(new URL(`/de/en/order/${order.id}`, page.url()).toString())
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Order not found")
  await stranger.close()
})
