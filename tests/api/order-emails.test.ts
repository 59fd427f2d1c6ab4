import { execFile } from "node:child_process"
import path from "node:path"
import pg from "pg"
import { afterEach, describe, expect, it } from "vitest"
import { admin, adminToken, regionByName, store, uniqueEmail } from "../support/api"
import { addItem, checkout, newCart } from "../support/checkout"
import { mailsTo, smtpControl, waitForMail } from "../support/mail"
import { stack } from "../support/stack"

const ROOT = path.resolve(__dirname, "..", "..")
const euro = (amount: number) => new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" }).format(amount)

type Order = {
  id: string
  display_id: number
  total: number
  items: { id: string; product_title: string; variant_title: string | null; quantity: number }[]
  payment_collections: { payments: { id: string; amount: number }[] }[]
  fulfillments?: { id: string; location_id: string }[]
}

async function placeOrder(email: string, quantity = 2): Promise<Order> {
  const region = await regionByName("Europe")
  const { body } = await store(`/store/products?region_id=${region.id}&fields=variants.id&limit=1`)
  const cart = await newCart("Europe", email)
  await addItem(cart.id, body.products[0].variants[0].id, quantity)
  const { body: placed } = await checkout(cart.id)
  expect(placed.type, JSON.stringify(placed)).toBe("order")
  return adminOrder(placed.order.id)
}

async function adminOrder(id: string): Promise<Order> {
  const fields = "id,display_id,total,*items,*payment_collections,*payment_collections.payments,*fulfillments"
  const { status, body } = await admin(`/admin/orders/${id}?fields=${fields}`, { token: await adminToken() })
  expect(status).toBe(200)
  return body.order
}

/** A staff action through the Admin API; answers its body, failing the test on a non-2xx. */
async function staff(pathname: string, body: unknown = {}) {
  const response = await admin(pathname, { token: await adminToken(), body })
  expect(response.status, `${pathname}: ${JSON.stringify(response.body)}`).toBeLessThan(300)
  return response.body
}

async function sql<T = Record<string, unknown>>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: stack.databaseUrl })
  await client.connect()
  try {
    return (await client.query(text, values)).rows as T[]
  } finally {
    await client.end()
  }
}

async function notificationStatus(idempotencyKey: string): Promise<string | undefined> {
  const [row] = await sql<{ status: string }>("select status from notification where idempotency_key = $1", [
    idempotencyKey,
  ])
  return row?.status
}

/** What the scheduled send-failed-mails job does, run now in its own process (`medusa exec`). */
function sendFailedMailsNow(): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(ROOT, "node_modules", ".bin", "medusa"),
      ["exec", "./src/scripts/send-failed-mails.js"],
      {
        cwd: path.join(ROOT, "backend", ".medusa", "server"),
        env: stack.backendEnv,
        encoding: "utf8",
        timeout: 120_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? 1 : 0, output: stdout + stderr })
    )
  })
}

/** The seeded return shipping option ("Return by post") of the region shipping to a country. */
async function returnOptionFor(country: string): Promise<string> {
  const fields = "id,name,*rules,service_zone.geo_zones.country_code"
  const { body } = await admin(`/admin/shipping-options?fields=${fields}&limit=100`, { token: await adminToken() })
  type Option = {
    id: string
    rules: { attribute: string; value: string }[]
    service_zone: { geo_zones: { country_code: string }[] }
  }
  const option = (body.shipping_options as Option[]).find(
    (o) =>
      o.rules.some((rule) => rule.attribute === "is_return" && rule.value === "true") &&
      o.service_zone.geo_zones.some((zone) => zone.country_code === country)
  )
  if (!option) {
    throw new Error(`no return shipping option for ${country}`)
  }
  return option.id
}

const href = (html: string, label: string) => {
  const found = new RegExp(`href="([^"]+)"[^>]*>${label}<`).exec(html)?.[1]
  return found?.replace(/&amp;/g, "&")
}

describe("the shopper's e-mails after an order, sent through SMTP as staff act in the Admin API", () => {
  it("shipped (tracking number and link), delivered, refund issued (amount), return requested (what and where) and received", async () => {
    const email = uniqueEmail("after")
    const order = await placeOrder(email, 2)
    const item = order.items[0]
    await waitForMail({ to: email, subject: `Your LACREMELUXE order #${order.display_id}` })

    const payment = order.payment_collections[0].payments[0]
    await staff(`/admin/payments/${payment.id}/capture`)
    await staff(`/admin/orders/${order.id}/fulfillments`, { items: [{ id: item.id, quantity: item.quantity }] })
    const fulfilled = await adminOrder(order.id)
    const fulfillment = fulfilled.fulfillments![0]

    const tracking = `LCL${Date.now().toString(36).toUpperCase()}`
    const trackingUrl = `https://tracking.example/parcels/${tracking}?lang=en&from=lacremeluxe`
    await staff(`/admin/orders/${order.id}/fulfillments/${fulfillment.id}/shipments`, {
      items: [{ id: item.id, quantity: item.quantity }],
      labels: [
        {
          tracking_number: tracking,
          tracking_url: trackingUrl,
          label_url: `https://tracking.example/labels/${tracking}.pdf`,
        },
      ],
    })
    const shipped = await waitForMail({
      to: email,
      subject: `Your LACREMELUXE order #${order.display_id} is on its way`,
    })
    expect(shipped.to).toEqual([email])
    expect(shipped.from).toContain("orders@lacremeluxe.test")
    expect(shipped.text).toContain(`Tracking number: ${tracking}`)
    expect(shipped.text).toContain(`${item.quantity} × ${item.product_title}`)
    expect(href(shipped.html, "Track your parcel")).toBe(trackingUrl)

    await staff(`/admin/orders/${order.id}/fulfillments/${fulfillment.id}/mark-as-delivered`)
    const delivered = await waitForMail({
      to: email,
      subject: `Your LACREMELUXE order #${order.display_id} has been delivered`,
    })
    expect(delivered.text).toContain(`${item.quantity} × ${item.product_title}`)

    await staff(`/admin/payments/${payment.id}/refund`, { amount: 5 })
    const refund = await waitForMail({
      to: email,
      subject: `Refund of ${euro(5)} for your LACREMELUXE order #${order.display_id}`,
    })
    expect(refund.text).toContain(`Refund for order #${order.display_id} — ${euro(5)}`)
    expect(refund.html).toContain(euro(5))

    const { stock_location: warehouse } = (
      await admin(`/admin/stock-locations/${fulfillment.location_id}?fields=name,*address`, {
        token: await adminToken(),
      })
    ).body
    const { return: created } = await staff("/admin/returns", {
      order_id: order.id,
      location_id: fulfillment.location_id,
    })
    await staff(`/admin/returns/${created.id}/request-items`, { items: [{ id: item.id, quantity: 1 }] })
    await staff(`/admin/returns/${created.id}/shipping-method`, { shipping_option_id: await returnOptionFor("de") })
    await staff(`/admin/returns/${created.id}/request`)
    const requested = await waitForMail({
      to: email,
      subject: `Your return for LACREMELUXE order #${order.display_id}`,
    })
    expect(requested.text).toContain(`1 × ${item.product_title}`)
    expect(requested.text).toContain(warehouse.address.address_1)
    expect(requested.text).toContain(`${warehouse.address.postal_code} ${warehouse.address.city}`)
    // The country named in the mail's language, under the town, as on a parcel.
    expect(requested.text).toMatch(new RegExp(`${warehouse.address.postal_code} ${warehouse.address.city}\\s+Germany`))

    await staff(`/admin/returns/${created.id}/receive`)
    await staff(`/admin/returns/${created.id}/receive-items`, { items: [{ id: item.id, quantity: 1 }] })
    await staff(`/admin/returns/${created.id}/receive/confirm`)
    const received = await waitForMail({
      to: email,
      subject: `We have received your return for LACREMELUXE order #${order.display_id}`,
    })
    expect(received.text).toContain(`1 × ${item.product_title}`)

    // Each e-mail arrived once, and nothing else did.
    const subjects = (await mailsTo(email)).map((mail) => mail.subject)
    const number = `LACREMELUXE order #${order.display_id}`
    expect(subjects.sort()).toEqual(
      [
        `Your ${number}`,
        `Your ${number} is on its way`,
        `Your ${number} has been delivered`,
        `Refund of ${euro(5)} for your ${number}`,
        `Your return for ${number}`,
        `We have received your return for ${number}`,
      ].sort()
    )
  }, 180_000)

  it("canceled: canceling an unshipped order e-mails the shopper with the order's total", async () => {
    const email = uniqueEmail("cancel")
    const order = await placeOrder(email, 1)
    await staff(`/admin/orders/${order.id}/cancel`)
    const mail = await waitForMail({
      to: email,
      subject: `Your LACREMELUXE order #${order.display_id} has been canceled`,
    })
    expect(mail.text).toContain(`Your order #${order.display_id} of ${euro(order.total)} has been canceled`)
  })
})

describe("an e-mail that SMTP does not take", () => {
  afterEach(() => smtpControl({ refuse: null, down: false }))

  it("does not fail the order, is recorded as failed, and arrives exactly once when SMTP takes it again", async () => {
    await smtpControl({ refuse: "refused.test" })
    const email = `mara.${Date.now().toString(36)}@refused.test`
    const order = await placeOrder(email, 1)
    expect(
      (await admin(`/admin/orders/${order.id}?fields=status`, { token: await adminToken() })).body.order.status
    ).toBe("pending")

    const key = `order-placed:${order.id}`
    await expect.poll(() => notificationStatus(key), { timeout: 30_000 }).toBe("failure")
    expect(await mailsTo(email)).toEqual([])

    // SMTP takes it again: the event's next retry and the resend job race for it; it goes once.
    await smtpControl({ refuse: null })
    const job = await sendFailedMailsNow()
    expect(job.code, job.output).toBe(0)
    expect(job.output).toMatch(/send-failed-mails: sent \d+/)
    const mail = await waitForMail({
      to: email,
      subject: `Your LACREMELUXE order #${order.display_id}`,
      timeout: 60_000,
    })
    expect(mail.text).toContain("Karl-Liebknecht-Straße 9")
    expect(await notificationStatus(key)).toBe("success")
    // Nothing more is on its way: the job again finds nothing, and no second copy arrives.
    expect((await sendFailedMailsNow()).output).not.toContain(key)
    expect(await mailsTo(email)).toHaveLength(1)
  }, 240_000)

  it("while the SMTP server is down, a staff action still succeeds and its e-mail follows when SMTP is back", async () => {
    const email = uniqueEmail("down")
    const order = await placeOrder(email, 1)
    await waitForMail({ to: email, subject: `Your LACREMELUXE order #${order.display_id}` })
    await smtpControl({ down: true })
    await staff(`/admin/orders/${order.id}/cancel`)
    await expect.poll(() => notificationStatus(`order-canceled:${order.id}`), { timeout: 30_000 }).toBe("failure")
    await smtpControl({ down: false })
    await waitForMail({
      to: email,
      subject: `Your LACREMELUXE order #${order.display_id} has been canceled`,
      timeout: 60_000,
    })
    expect(await mailsTo(email, "has been canceled")).toHaveLength(1)
  }, 120_000)

  it("the send-failed-mails job sends an e-mail recorded as failed again, once, under the same record", async () => {
    const email = uniqueEmail("job")
    const order = await placeOrder(email, 1)
    const subject = `Your LACREMELUXE order #${order.display_id}`
    await waitForMail({ to: email, subject })
    const key = `order-placed:${order.id}`
    // The mail reaches SMTP before the Notification Module records it as sent: wait for that record,
    // or it would overwrite the failure set below and leave the job nothing to send.
    await expect.poll(() => notificationStatus(key), { timeout: 15_000 }).toBe("success")
    // As the Notification Module leaves it when a send failed and the event's retries gave up.
    await sql("update notification set status = 'failure' where idempotency_key = $1", [key])

    const job = await sendFailedMailsNow()
    expect(job.code, job.output).toBe(0)
    expect(job.output).toMatch(new RegExp(`send-failed-mails: sent \\d+: .*${key}`))
    await expect.poll(async () => (await mailsTo(email, subject)).length, { timeout: 15_000 }).toBe(2)
    expect(
      await sql("select id from notification where idempotency_key = $1 and status = 'success'", [key])
    ).toHaveLength(1)
    expect((await sendFailedMailsNow()).output).not.toContain(key)
    expect(await mailsTo(email, subject)).toHaveLength(2)
  }, 240_000)
})
