import { expect, test } from "@playwright/test"
import en from "../../storefront/src/messages/en.json"
import { uniqueEmail } from "../support/api"
import { linkIn, variantBySku } from "../support/alerts"
import { setStock } from "../support/inventory"
import { mailsTo, waitForMail } from "../support/mail"
import { seededCatalog } from "../support/seed"
import { setAvailable } from "../support/stock"

const SET_SKU = "LCL-SET-PRT"

test("a guest subscribes to a sold-out set, confirms from the e-mail, and gets one e-mail when it is back", async ({
  page,
}) => {
  test.setTimeout(150_000)
  const { bundles } = await seededCatalog()
  const bundle = bundles.find((b) => b.sku === SET_SKU)!
  const set = await variantBySku(SET_SKU)
  const component = bundle.components[0].sku
  const stocked = await setAvailable(component, 0)
  try {
    // The page is regenerated once the set sells out (its component's stock flipped).
    await expect(async () => {
      await page.goto(`/de/en/products/${set.handle}`)
      await expect(page.getByRole("button", { name: "Out of stock" })).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 30_000 })

    const email = uniqueEmail("e2e-alert")
    const form = page.getByRole("form", { name: `E-mail me when it's back: ${set.title}` })
    await form.getByLabel("Your e-mail address").fill(email)
    await form.getByRole("button", { name: "E-mail me when it's back" }).click()
    await expect(form.getByRole("status")).toHaveText(
      `Almost done: follow the link in the e-mail we sent to ${email} to confirm the alert.`
    )

    const confirmation = await waitForMail({ to: email, subject: `Confirm your alert: ${set.title}` })
    const confirmUrl = linkIn(confirmation, "Confirm the alert")
    await page.goto(`${confirmUrl.pathname}${confirmUrl.search}`)
    await expect(page.getByRole("heading", { name: "Confirm your back-in-stock alert" })).toBeVisible()
    await page.getByRole("button", { name: "Confirm my alert" }).click()
    await expect(page.getByRole("main").getByRole("status")).toHaveText(
      "Your alert is confirmed: we will e-mail you once, when it is back in stock."
    )

    await setStock(component, stocked)
    const back = await waitForMail({ to: email, subject: `Back in stock: ${set.title}` })
    const productUrl = linkIn(back, "See the product")
    await expect(async () => {
      await page.goto(productUrl.pathname)
      await expect(page.getByRole("button", { name: "Add to cart" })).toBeEnabled({ timeout: 2_000 })
    }).toPass({ timeout: 30_000 })
    expect(await mailsTo(email, "Back in stock")).toHaveLength(1)

    // The unsubscribe link works without logging in.
    const unsubscribe = linkIn(back, "Unsubscribe")
    await page.goto(`${unsubscribe.pathname}${unsubscribe.search}`)
    await page.getByRole("button", { name: "Unsubscribe" }).click()
    await expect(page.getByRole("main").getByRole("status")).toHaveText(en.alerts.answers.nothingToStop)
  } finally {
    await setStock(component, stocked)
  }
})
