import AxeBuilder from "@axe-core/playwright"
import { expect, test, type Page } from "@playwright/test"
import { AccountPage, newEmail, PASSWORD } from "./pages/account-page"
import { CheckoutPage, shopper } from "./pages/checkout-page"
import { GuidePage } from "./pages/guide-page"
import { waitForMail } from "../support/mail"

/** The store's cookies are out of scripts' reach, sent only over HTTPS and not on other sites' requests. */
async function expectGuardedCookies(page: Page, names: string[]) {
  const cookies = await page.context().cookies()
  for (const name of names) {
    expect(cookies.find((cookie) => cookie.name === name)).toMatchObject({
      httpOnly: true,
      sameSite: "Lax",
      secure: true,
    })
  }
}

async function cleanseSetInCart(page: Page) {
  const guide = new GuidePage(page)
  await guide.goto()
  await guide.shopPanel("Step 1 · Cleanse").getByRole("button", { name: "Add the set to cart" }).click()
  await expect(guide.cartCount).not.toContainText("0")
}

test("a shopper registers, buys, and finds the order in their history", async ({ page }) => {
  const email = newEmail("buyer")
  await cleanseSetInCart(page)
  await new AccountPage(page).register(email)
  // The guest cart came along.
  await expect(page.getByTestId("cart-count")).toContainText("1")
  await expectGuardedCookies(page, ["lcl_session", "lcl_cart"])

  const checkout = new CheckoutPage(page)
  await checkout.goto()
  await expect(checkout.form.getByLabel("E-mail")).toHaveValue(email)
  await checkout.form.getByLabel("First name").fill(shopper.first_name)
  await checkout.form.getByLabel("Last name").fill(shopper.last_name)
  await checkout.form.getByLabel("Street and house number").fill(shopper.address_1)
  await checkout.form.getByLabel("Postal code").fill(shopper.postal_code)
  await checkout.form.getByLabel("Town or city").fill(shopper.city)
  await checkout.placeOrder()
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Order #\d+ is confirmed/)
  const number = (await page.getByTestId("order-number").innerText()).replace("#", "")
  await expectGuardedCookies(page, ["lcl_session", "lcl_last_order"])

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Account" }).click()
  const row = page.getByTestId("order-row")
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(`Order #${number}`)
  await row.getByRole("link", { name: `Order #${number}` }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Order #${number}`)
  await expect(page.getByRole("list", { name: "Items" })).toContainText("Double Cleanse Set")
  await expect(page.getByText("04107 Leipzig")).toBeVisible()
})

test("a saved address is offered at the next checkout and fills the form", async ({ page }) => {
  await new AccountPage(page).register(newEmail("saver"))
  await page.getByText("Add an address").click()
  const form = page.getByRole("form", { name: "Add an address" })
  await form.getByLabel("First name").fill("Mara")
  await form.getByLabel("Last name").fill("Lindqvist")
  await form.getByLabel("Street and house number").fill("Prinsengracht 263")
  await form.getByLabel("Postal code").fill("1016 GV")
  await form.getByLabel("Town or city").fill("Amsterdam")
  await form.getByLabel("Country").selectOption("nl")
  await form.getByRole("button", { name: "Save this address" }).click()
  await expect(page.getByTestId("saved-address")).toContainText("Prinsengracht 263")

  await cleanseSetInCart(page)
  const checkout = new CheckoutPage(page)
  await checkout.goto()
  const saved = page.getByRole("group", { name: "Your saved addresses" })
  await saved.getByRole("radio", { name: /Prinsengracht 263/ }).check()
  await expect(checkout.form.getByLabel("Street and house number")).toHaveValue("Prinsengracht 263")
  await expect(checkout.form.getByLabel("Postal code")).toHaveValue("1016 GV")
  await expect(checkout.form.getByLabel("Country")).toHaveValue("nl")
  await checkout.placeOrder()
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/Order #\d+ is confirmed/)
  await expect(page.getByRole("region", { name: "Shipping to" })).toContainText("Amsterdam")
})

test("a shopper resets a forgotten password through the e-mail", async ({ page }) => {
  const email = newEmail("forgetful")
  const account = new AccountPage(page)
  await account.register(email)
  await account.logOut()

  await page.goto("/de/en/account/login")
  await page.getByRole("link", { name: "Forgot your password?" }).click()
  await page.getByRole("form", { name: "Reset your password" }).getByLabel("E-mail").fill(email)
  await page.getByRole("button", { name: "Send me a reset link" }).click()
  await expect(page.getByRole("status")).toContainText(`If an account exists for ${email}, we have sent it an e-mail`)

  const { text } = await waitForMail({ to: email, subject: "Reset your LACREMELUXE password", timeout: 20_000 })
  const link = new URL(/(http\S+\/account\/reset-password\?\S+)/.exec(text)![1])
  await page.goto(`${link.pathname}${link.search}`)
  const form = page.getByRole("form", { name: "Choose a new password" })
  await form.getByLabel("New password", { exact: true }).fill("my brand new password")
  await form.getByLabel("New password again").fill("my brand new password")
  await form.getByRole("button", { name: "Save my new password" }).click()
  await expect(page.getByRole("status")).toHaveText("Your new password is saved.")

  await account.logOut()
  await account.logIn(email, PASSWORD)
  await expect(page.getByRole("form", { name: "Log in" }).getByRole("alert")).toContainText(
    "The e-mail address or the password is not right"
  )
  await account.logIn(email, "my brand new password")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Mara")
})

test("a shopper deletes their account after confirming with the password", async ({ page }) => {
  const email = newEmail("leaving")
  const account = new AccountPage(page)
  await account.register(email)
  const form = page.getByRole("form", { name: "Delete my account" })
  await form.getByLabel("Your password").fill("not my password")
  await form.getByRole("checkbox").check()
  await form.getByRole("button", { name: "Delete my account" }).click()
  await expect(form.getByLabel("Your password")).toHaveAttribute("aria-invalid", "true")
  await expect(form.getByText("This is not your password.")).toBeVisible()

  await form.getByLabel("Your password").fill(PASSWORD)
  await form.getByRole("button", { name: "Delete my account" }).click()
  await expect(page).toHaveURL(/\/de\/en\?account=deleted$/)
  await account.logIn(email)
  await expect(page.getByRole("form", { name: "Log in" }).getByRole("alert")).toContainText(
    "The e-mail address or the password is not right"
  )
})

test("refused registration input is explained beside each field", async ({ page }) => {
  await page.goto("/de/en/account/login")
  const form = page.getByRole("form", { name: "Create an account" })
  await form.getByLabel("E-mail").fill("not-an-address")
  await form.getByLabel("Password", { exact: true }).fill("short")
  await form.getByRole("button", { name: "Create my account" }).click()
  await expect(form.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true")
  await expect(form.getByText("Please choose a password of at least 10 characters.")).toBeVisible()
  await expect(form.getByText("Please enter your first name.")).toBeVisible()
  await expect(form.getByLabel("E-mail")).toHaveValue("not-an-address")
})

test("the account pages have no accessibility violations and are not indexed", async ({ page }) => {
  const check = async (what: string) => {
    const axe = await new AxeBuilder({ page }).analyze()
    expect(axe.violations.map((v) => `${what} ${v.id}: ${v.help}`)).toEqual([])
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)
  }
  await page.goto("/de/en/account/reset-password")
  await check("reset")
  await page.goto("/de/en/account")
  await expect(page).toHaveURL(/\/de\/en\/account\/login$/)
  await check("login")
  await new AccountPage(page).register(newEmail("axe"))
  await page.getByText("Add an address").click()
  await check("account")
})
