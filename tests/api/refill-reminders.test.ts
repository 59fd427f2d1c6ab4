import { execFile } from "node:child_process"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { store, uniqueEmail } from "../support/api"
import { linkIn, sql, tokenOf, variantBySku } from "../support/alerts"
import { frenchAddress, germanAddress, newCart } from "../support/checkout"
import { mailsTo, waitForMail } from "../support/mail"
import { registerShopper, type Shopper } from "../support/shopper"
import { seededProduct, seededTranslations } from "../support/seed"
import { stack } from "../support/stack"

/**
 * Refill reminders: opting in at checkout (the checkout form's box) or on the order page, the
 * estimate from size, amount per use and uses a week, the hourly job run with a chosen "now"
 * through its test-only trigger (refused in production), the e-mail through SMTP — in the order's
 * language, with its refill-the-cart and unsubscribe links to that language's pages — and
 * deletion with the account.
 */
const ROOT = path.resolve(__dirname, "..", "..")
const HANDLE = "pore-clarity-cleansing-oil"
const SUBJECT = "Time to refill your skincare"
const LONG_DATE = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" } as const
const DAY = 86_400_000
/** The one source is REFILL_NOTICE_DAYS in backend/src/lib/alerts/refill-estimate.ts. */
const NOTICE_DAYS = 5

type View = {
  status: string | null
  send_at: string | null
  lines: { variant_id: string; title: string; quantity: number; runs_out_at: string }[]
  message: string | null
}

/** The job as the worker runs it, in its own process (`medusa exec`), with a chosen now. */
function runJobAt(now: Date, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, "node_modules", ".bin", "medusa"),
      ["exec", "./src/scripts/send-refill-reminders.js"],
      {
        cwd: path.join(ROOT, "backend", ".medusa", "server"),
        env: { ...stack.backendEnv, REFILL_REMINDERS_NOW: now.toISOString(), ...env },
        encoding: "utf8",
        timeout: 180_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: stdout + stderr })
    )
  })
}

/** Days a pack lasts: its millilitres over the amount per use × uses a week, six months at most. */
async function daysOfOil(quantity: number) {
  const product = await seededProduct(HANDLE)
  const { amount_per_use_ml, max_uses_per_week, starting_uses_per_week, time_of_day } = product.skincare
  const weekly = Math.min(starting_uses_per_week ?? 7, max_uses_per_week!) * (time_of_day === "am_pm" ? 2 : 1)
  const perPack = Math.min((product.variants[0].volume_ml / (amount_per_use_ml! * weekly)) * 7, 6 * (52 / 12) * 7)
  return Math.floor(perPack * quantity)
}

/**
 * An order of the oil through the storefront's checkout: the form in one call
 * (`POST /store/carts/:id/checkout`, its "Remind me before it runs out" box as `refill_reminder`),
 * then completion. `french`: placed on the French store's French pages, shipped to France.
 */
async function order(
  email: string,
  quantity: number,
  options: { optIn: boolean; shopper?: Shopper; french?: boolean }
) {
  const oil = await variantBySku((await seededProduct(HANDLE)).variants[0].sku)
  const token = options.shopper?.token
  const cart = await newCart("Europe", email, options.french ? "fr-FR" : undefined)
  if (token) await store(`/store/carts/${cart.id}/customer`, { token, body: {} })
  await store(`/store/carts/${cart.id}/line-items`, { token, body: { variant_id: oil.id, quantity } })
  const address = options.french ? frenchAddress : germanAddress
  await store(`/store/carts/${cart.id}`, { token, body: { shipping_address: { country_code: address.country_code } } })
  // The options answer in the cart's language.
  const standardName = options.french
    ? (await seededTranslations("fr-FR")).shipping_options["Standard shipping"]
    : "Standard shipping"
  const { body: shipping } = await store(`/store/shipping-options?cart_id=${cart.id}`, { token })
  const standard = shipping.shipping_options.find((o: { name: string }) => o.name === standardName)
  const form = await store(`/store/carts/${cart.id}/checkout`, {
    token,
    body: {
      email,
      shipping_address: address,
      shipping_option_id: standard.id,
      provider_id: "pp_system_default",
      refill_reminder: options.optIn,
    },
  })
  expect(form.status, JSON.stringify(form.body)).toBe(200)
  const { body } = await store(`/store/carts/${cart.id}/complete`, { token, body: {} })
  expect(body.type, JSON.stringify(body)).toBe("order")
  return { id: body.order.id as string, createdAt: new Date(body.order.created_at), variantId: oil.id }
}

const reminderOf = (orderId: string, token?: string, method = "GET") =>
  store<{ refill_reminder: View; message?: string }>(`/store/orders/${orderId}/refill-reminder`, {
    token,
    method,
    ...(method === "POST" ? { body: {} } : {}),
  })

describe("refill reminders", () => {
  it("opted in at checkout: the job sends exactly one e-mail the notice days before the first line runs out, with a link that refills the cart", async () => {
    const email = uniqueEmail("refill")
    const first = await order(email, 1, { optIn: true })
    await expect
      .poll(async () => (await reminderOf(first.id)).body.refill_reminder.status, { timeout: 30_000 })
      .toBe("scheduled")
    const { body } = await reminderOf(first.id)
    const runsOut = new Date(first.createdAt.getTime() + (await daysOfOil(1)) * DAY)
    expect(body.refill_reminder.lines).toEqual([
      {
        variant_id: first.variantId,
        title: "Pore Clarity Cleansing Oil · 150 ml",
        quantity: 1,
        runs_out_at: runsOut.toISOString(),
      },
    ])
    const sendAt = new Date(body.refill_reminder.send_at!)
    expect(sendAt.getTime()).toBe(runsOut.getTime() - NOTICE_DAYS * DAY)

    // A second order by the same address, twice the oil: reminded later.
    const second = await order(email, 2, { optIn: true })
    await expect.poll(async () => (await reminderOf(second.id)).body.refill_reminder.send_at).not.toBeNull()
    const secondSendAt = new Date((await reminderOf(second.id)).body.refill_reminder.send_at!)
    expect(secondSendAt.getTime()).toBe(second.createdAt.getTime() + ((await daysOfOil(2)) - NOTICE_DAYS) * DAY)

    const before = await runJobAt(new Date(sendAt.getTime() - 3_600_000))
    expect(before.code, before.output).toBe(0)
    expect(await mailsTo(email, SUBJECT)).toEqual([])

    const due = await runJobAt(sendAt)
    expect(due.code, due.output).toBe(0)
    const mail = await waitForMail({ to: email, subject: SUBJECT })
    expect(mail.text).toContain(
      `1 × Pore Clarity Cleansing Oil · 150 ml — about ${new Intl.DateTimeFormat("en-GB", LONG_DATE).format(runsOut)}`
    )
    expect((await reminderOf(first.id)).body.refill_reminder.status).toBe("sent")
    const later = await runJobAt(new Date(sendAt.getTime() + DAY))
    expect(later.code, later.output).toBe(0)
    expect(await mailsTo(email, SUBJECT)).toHaveLength(1)

    // The link puts the same items in a cart (through the batch route the storefront uses).
    const refillUrl = linkIn(mail, "Refill my cart")
    expect(refillUrl.pathname).toBe("/de/en/refill")
    const items = await store("/store/refill-reminders/cart-items", { body: { token: tokenOf(refillUrl) } })
    expect(items.body).toEqual({ items: [{ variant_id: first.variantId, quantity: 1 }] })
    const cart = await newCart("Europe", email)
    const added = await store(`/store/carts/${cart.id}/line-items/batch`, { body: items.body })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    expect(
      added.body.cart.items.map((i: { variant_id: string; quantity: number }) => [i.variant_id, i.quantity])
    ).toEqual([[first.variantId, 1]])

    // Opt-out from the e-mail, without login: the address's other scheduled reminder stops.
    const out = await store("/store/alerts/unsubscribe", { body: { token: tokenOf(linkIn(mail, "Unsubscribe")) } })
    expect(out.body).toEqual({
      unsubscribed: true,
      stopped: 1,
      message: "You are unsubscribed: no more refill reminders will be e-mailed to this address.",
    })
    expect((await reminderOf(second.id)).body.refill_reminder.status).toBe("canceled")
    const afterOptOut = await runJobAt(new Date(secondSendAt.getTime() + DAY))
    expect(afterOptOut.code, afterOptOut.output).toBe(0)
    expect(await mailsTo(email, SUBJECT)).toHaveLength(1)
  }, 600_000)

  it("a French order's reminder speaks French: its lines named as the order names them, the date written in French, links to the French pages", async () => {
    const email = uniqueEmail("rappel")
    const placed = await order(email, 1, { optIn: true, french: true })
    await expect
      .poll(async () => (await reminderOf(placed.id)).body.refill_reminder.status, { timeout: 30_000 })
      .toBe("scheduled")
    const { refill_reminder: reminder } = (await reminderOf(placed.id)).body
    const seeded = await seededProduct(HANDLE)
    const frenchOil = `${(await seededTranslations("fr-FR")).products[HANDLE].title} · ${seeded.variants[0].title}`
    expect(reminder.lines.map((line) => line.title)).toEqual([frenchOil])

    const due = await runJobAt(new Date(reminder.send_at!))
    expect(due.code, due.output).toBe(0)
    const mail = await waitForMail({ to: email, subject: "Il est temps de racheter vos soins" })
    const runsOut = new Intl.DateTimeFormat("fr-FR", LONG_DATE).format(new Date(reminder.lines[0].runs_out_at))
    expect(mail.text).toContain(`1 × ${frenchOil} — vers le ${runsOut}`)
    expect(mail.text).toContain("Un clic ajoute les mêmes articles à votre panier")
    expect(mail.html).toContain('<html lang="fr">')
    expect(linkIn(mail, "Remplir mon panier").pathname).toBe("/fr/refill")
    expect(linkIn(mail, "Se désinscrire").pathname).toBe("/fr/alerts/unsubscribe")
    expect(await mailsTo(email, SUBJECT)).toEqual([])
  }, 300_000)

  it("on the order page a signed-in shopper sees the estimate and opts in and out; no one else can", async () => {
    const shopper = await registerShopper("refill-account")
    const placed = await order(shopper.email, 1, { optIn: false, shopper })
    const none = await reminderOf(placed.id, shopper.token)
    expect(none.status).toBe(200)
    expect(none.body.refill_reminder).toMatchObject({ status: null, message: null })
    expect(none.body.refill_reminder.lines).toHaveLength(1)

    const optedIn = await reminderOf(placed.id, shopper.token, "POST")
    expect(optedIn.body.refill_reminder.status).toBe("scheduled")
    expect(optedIn.body.refill_reminder.send_at).toBe(none.body.refill_reminder.send_at)
    const optedOut = await reminderOf(placed.id, shopper.token, "DELETE")
    expect(optedOut.body.refill_reminder.status).toBe("canceled")
    expect((await reminderOf(placed.id, shopper.token, "POST")).body.refill_reminder.status).toBe("scheduled")

    const stranger = await registerShopper("refill-stranger")
    for (const method of ["GET", "POST", "DELETE"]) {
      expect((await reminderOf(placed.id, stranger.token, method)).status, method).toBe(404)
      expect((await reminderOf(placed.id, undefined, method)).status, method).toBe(404)
    }

    // Deleting the account removes its reminders.
    expect((await store("/store/customers/me", { method: "DELETE", token: shopper.token })).status).toBe(200)
    await expect
      .poll(() => sql("select id from refill_reminder where order_id = $1 and deleted_at is null", [placed.id]), {
        timeout: 20_000,
      })
      .toEqual([])
  })

  it("production refuses the job's test trigger, saying why", { timeout: 120_000 }, async () => {
    const refused = await runJobAt(new Date(), { NODE_ENV: "production" })
    expect(refused.code).toBe(1)
    expect(refused.output).toContain(
      "REFILL_REMINDERS_NOW runs the refill reminders with a chosen date for tests and is refused in production; remove it."
    )
  })
})
