import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { admin, adminToken, store, uniqueEmail } from "../support/api"
import { linkIn, sql, tokenOf, variantBySku } from "../support/alerts"
import { setStock } from "../support/inventory"
import { mailsTo, waitForMail } from "../support/mail"
import { post, registerShopper, uniqueClient } from "../support/shopper"
import { seededCatalog } from "../support/seed"
import { setAvailable } from "../support/stock"
import { stack } from "../support/stack"

/**
 * "E-mail me when it's back": sign-up rules, double opt-in, the one e-mail when a variant (a set:
 * every component) can be sold again, unsubscribing without login — every e-mail through the
 * suite's SMTP server. The protect step's set (two components) is sold out and restocked here.
 */
const SET_SKU = "LCL-SET-PRT"

const subscribe = (body: unknown, headers: Record<string, string> = uniqueClient(), token?: string) =>
  post("/store/back-in-stock", body, {
    "x-publishable-api-key": stack.publishableKey,
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...headers,
  })
const followLink = (path: "confirm" | "unsubscribe", token: string) =>
  store(`/store/alerts/${path}`, { body: { token } })
const openAlerts = (email: string) =>
  sql<{ status: string }>("select status from stock_alert where email = $1 and deleted_at is null", [email])

let components: string[]
let set: Awaited<ReturnType<typeof variantBySku>>
const restore: [string, number][] = []

beforeAll(async () => {
  const { bundles } = await seededCatalog()
  components = bundles.find((bundle) => bundle.sku === SET_SKU)!.components.map((c) => c.sku)
  set = await variantBySku(SET_SKU)
})

afterAll(async () => {
  for (const [sku, stocked] of restore.reverse()) await setStock(sku, stocked)
})

describe("signing up for a back-in-stock alert", () => {
  it("refuses a malformed e-mail, an unknown variant, one of another sales channel and one in stock, with a sentence", async () => {
    const inStock = await variantBySku("LCL-CLN-BALM-100")
    const bad = await subscribe({ variant_id: inStock.id, email: "not-an-address" })
    expect(bad.status).toBe(400)
    // Medusa puts "Invalid request: " before a schema's own sentence.
    expect(bad.body.message).toBe("Invalid request: Enter a valid e-mail address, like name@example.com.")

    const unknown = await subscribe({ variant_id: "variant_01UNKNOWN", email: uniqueEmail("alert") })
    expect(unknown.status).toBe(400)
    expect(unknown.body.message).toBe("There is no product variant with the id variant_01UNKNOWN.")

    const available = await subscribe({ variant_id: inStock.id, email: uniqueEmail("alert") })
    expect(available.status).toBe(400)
    expect(available.body.message).toBe(
      `${inStock.title} is in stock: add it to your cart instead of waiting for an alert.`
    )

    const token = await adminToken()
    const { body: channel } = await admin("/admin/sales-channels", { token, body: { name: `Alerts ${Date.now()}` } })
    const { status, body: created } = await admin("/admin/products", {
      token,
      body: {
        title: `Salon only ${Date.now()}`,
        status: "published",
        sales_channels: [{ id: channel.sales_channel.id }],
        options: [{ title: "Size", values: ["500 ml"] }],
        variants: [{ title: "500 ml", options: { Size: "500 ml" }, prices: [{ currency_code: "eur", amount: 40 }] }],
      },
    })
    expect(status, JSON.stringify(created)).toBe(200)
    try {
      const variantId = created.product.variants[0].id
      const elsewhere = await subscribe({ variant_id: variantId, email: uniqueEmail("alert") })
      expect(elsewhere.status).toBe(400)
      expect(elsewhere.body.message).toBe(`The product variant ${variantId} is not sold in this store.`)
    } finally {
      await admin(`/admin/products/${created.product.id}`, { token, method: "DELETE" })
      await admin(`/admin/sales-channels/${channel.sales_channel.id}`, { token, method: "DELETE" })
    }
  })

  it("is limited to 5 sign-ups per address and 20 per client an hour (429, Retry-After, a sentence)", async () => {
    const client = uniqueClient()
    const email = uniqueEmail("limit")
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await subscribe({ variant_id: "variant_01NONE", email }, client)).status).toBe(400)
    }
    const limited = await subscribe({ variant_id: "variant_01NONE", email }, client)
    expect(limited.status).toBe(429)
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/)
    expect(limited.body.message).toMatch(/^Too many alert sign-up attempts\. For your security, please wait/)
    // Other addresses from the same client: 15 more make the client's 20.
    for (let attempt = 1; attempt <= 15; attempt++) {
      expect((await subscribe({ variant_id: "variant_01NONE", email: uniqueEmail("limit") }, client)).status).toBe(400)
    }
    expect((await subscribe({ variant_id: "variant_01NONE", email: uniqueEmail("limit") }, client)).status).toBe(429)
    // Another client is not affected.
    expect((await subscribe({ variant_id: "variant_01NONE", email }, uniqueClient())).status).toBe(400)
  })
})

describe("a sold-out set", () => {
  it("guests confirm by e-mail, signed-in shoppers at once; the set's one e-mail comes only when every component is back, then the alert ends", async () => {
    for (const sku of components) restore.push([sku, await setAvailable(sku, 0)])
    const [first, second] = components
    const firstVariant = await variantBySku(first)

    // A guest: pending until the link in the confirmation e-mail is followed (double opt-in).
    const guest = uniqueEmail("set-alert")
    const signUp = await subscribe({ variant_id: set.id, email: guest.toUpperCase(), country_code: "fr" })
    expect(signUp.status, JSON.stringify(signUp.body)).toBe(200)
    expect(signUp.body).toEqual({
      alert: { status: "pending" },
      message: `Almost done: follow the link in the e-mail we sent to ${guest} to confirm the alert.`,
    })
    const confirmation = await waitForMail({ to: guest, subject: `Confirm your alert: ${set.title}` })
    const confirmUrl = linkIn(confirmation, "Confirm the alert")
    expect(confirmUrl.pathname).toBe("/fr/en/alerts/confirm")
    expect(linkIn(confirmation, "Unsubscribe").pathname).toBe("/fr/en/alerts/unsubscribe")
    expect(confirmation.text).not.toContain(guest)
    expect(await openAlerts(guest)).toEqual([{ status: "pending" }])
    const confirmed = await followLink("confirm", tokenOf(confirmUrl))
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.message).toBe("Your alert is confirmed: we will e-mail you once, when it is back in stock.")
    expect(await openAlerts(guest)).toEqual([{ status: "confirmed" }])

    // A signed-in shopper with their own address: confirmed at once, no confirmation e-mail.
    const shopper = await registerShopper("component-alert")
    const own = await subscribe({ variant_id: firstVariant.id, email: shopper.email }, uniqueClient(), shopper.token)
    expect(own.body).toEqual({
      alert: { status: "confirmed" },
      message: `Done: we will e-mail ${shopper.email} once, when ${firstVariant.title} is back in stock.`,
    })
    // Signed in, but for another address: that address confirms by e-mail like a guest.
    const other = uniqueEmail("someone-else")
    const forOther = await subscribe({ variant_id: firstVariant.id, email: other }, uniqueClient(), shopper.token)
    expect(forOther.body.alert).toEqual({ status: "pending" })

    // Staff see who waits, per variant.
    const { body: waiting } = await admin("/admin/stock-alerts/waiting", { token: await adminToken() })
    const row = (id: string) => waiting.variants.find((v: { variant_id: string }) => v.variant_id === id)
    expect(row(set.id)).toMatchObject({ title: set.title, waiting: 1, unconfirmed: 0 })
    expect(row(firstVariant.id)).toMatchObject({ waiting: 1, unconfirmed: 1 })

    // One component back: the component's subscriber hears, the set's does not (same run).
    await setStock(first, restore[0][1])
    const componentMail = await waitForMail({ to: shopper.email, subject: `Back in stock: ${firstVariant.title}` })
    expect(linkIn(componentMail, "See the product").pathname).toBe(`/de/en/products/${firstVariant.handle}`)
    expect(await mailsTo(shopper.email, "Confirm your alert")).toEqual([])
    expect(await mailsTo(guest, "Back in stock")).toEqual([])
    expect(await mailsTo(other, "Back in stock")).toEqual([])

    // Every component back: the set's one e-mail, with the product and unsubscribe links.
    await setStock(second, restore[1][1])
    const back = await waitForMail({ to: guest, subject: `Back in stock: ${set.title}` })
    expect(linkIn(back, "See the product").href).toBe(`${stack.backendEnv.STOREFRONT_URL}/fr/en/products/${set.handle}`)
    expect(back.text).toContain("This was the one e-mail you asked for: your alert has now ended.")
    expect(await openAlerts(guest)).toEqual([{ status: "ended" }])

    // Stock moving again sends nothing more: still exactly one e-mail.
    await setStock(second, restore[1][1] + 1)
    await setStock(second, restore[1][1])
    const again = await registerShopper("witness")
    await setAvailable(first, 0)
    await subscribe({ variant_id: firstVariant.id, email: again.email }, uniqueClient(), again.token)
    await setStock(first, restore[0][1])
    await waitForMail({ to: again.email, subject: "Back in stock" })
    expect(await mailsTo(guest, "Back in stock")).toHaveLength(1)
    expect(await mailsTo(shopper.email, "Back in stock")).toHaveLength(1)
  })

  it("unsubscribing from an e-mail works without login, stops every open alert of the address, and once is enough", async () => {
    const sku = components[1]
    restore.push([sku, await setAvailable(sku, 0)])
    const guest = uniqueEmail("unsubscribe")
    expect((await subscribe({ variant_id: set.id, email: guest })).body.alert.status).toBe("pending")
    const variant = await variantBySku(sku)
    expect((await subscribe({ variant_id: variant.id, email: guest })).body.alert.status).toBe("pending")
    const mail = await waitForMail({ to: guest, subject: `Confirm your alert: ${set.title}` })

    const stopped = await followLink("unsubscribe", tokenOf(linkIn(mail, "Unsubscribe")))
    expect(stopped.status).toBe(200)
    expect(stopped.body).toEqual({
      unsubscribed: true,
      stopped: 2,
      message: "You are unsubscribed: no more back-in-stock alerts will be e-mailed to this address.",
    })
    expect(await openAlerts(guest)).toEqual([{ status: "ended" }, { status: "ended" }])
    const twice = await followLink("unsubscribe", tokenOf(linkIn(mail, "Unsubscribe")))
    expect(twice.body.message).toBe(
      "There was nothing left to stop: no back-in-stock alerts will be e-mailed to this address."
    )
    const lateConfirm = await followLink("confirm", tokenOf(linkIn(mail, "Confirm the alert")))
    expect(lateConfirm.status).toBe(400)
    expect(lateConfirm.body.message).toBe("This alert has ended: sign up again on the product's page.")
  })

  it("refuses links that are forged, cut short or of another purpose", async () => {
    for (const token of ["", "abc", "e30.forged", "x".repeat(600)]) {
      const { status, body } = await followLink("unsubscribe", token)
      expect(status, token).toBe(400)
      expect(body.message).toMatch(/^(Invalid request: )?This link is not (valid|complete)/)
    }
    const refill = await store("/store/refill-reminders/cart-items", { body: { token: "e30.forged" } })
    expect(refill.status).toBe(400)
  })

  it("deleting an account removes its alerts, those made with its address included", async () => {
    const sku = components[0]
    restore.push([sku, await setAvailable(sku, 0)])
    const shopper = await registerShopper("deleted-alerts")
    const variant = await variantBySku(sku)
    await subscribe({ variant_id: variant.id, email: shopper.email }, uniqueClient(), shopper.token)
    await subscribe({ variant_id: set.id, email: shopper.email })
    expect(await openAlerts(shopper.email)).toHaveLength(2)
    const deleted = await store("/store/customers/me", { method: "DELETE", token: shopper.token })
    expect(deleted.status).toBe(200)
    await expect.poll(() => openAlerts(shopper.email), { timeout: 20_000 }).toEqual([])
  })
})
