import Redis from "ioredis"
import { describe, expect, it } from "vitest"
import { admin, adminToken, regionByName, store, uniqueEmail } from "../support/api"
import { addItem, checkout, germanAddress } from "../support/checkout"
import { asClient, logIn, registerShopper, requestPasswordReset } from "../support/shopper"
import { mailsTo, waitForMail } from "../support/mail"
import { stack } from "../support/stack"

async function firstVariant() {
  const region = await regionByName("Europe")
  const { body } = await store(`/store/products?region_id=${region.id}&fields=variants.id&limit=1`)
  return { region, variantId: body.products[0].variants[0].id as string }
}

describe("one shopper's data is theirs alone", () => {
  it("a second shopper's token (or none) cannot read the first's cart, orders or addresses", async () => {
    const first = await registerShopper("first")
    const second = await registerShopper("second")
    const { region, variantId } = await firstVariant()

    const { body: created } = await store("/store/carts", { token: first.token, body: { region_id: region.id } })
    const cartId = created.cart.id
    expect(created.cart.customer_id).toBe(first.customerId)
    await store(`/store/carts/${cartId}/line-items`, {
      token: first.token,
      body: { variant_id: variantId, quantity: 1 },
    })
    const { body: address } = await store("/store/customers/me/addresses", { token: first.token, body: germanAddress })
    const addressId = address.customer.addresses[0].id

    // The cart: not for the second shopper, not for a guest; the owner still has it.
    expect((await store(`/store/carts/${cartId}`, { token: second.token })).status).toBe(404)
    expect((await store(`/store/carts/${cartId}`)).status).toBe(404)
    const stolen = await store(`/store/carts/${cartId}/line-items`, {
      token: second.token,
      body: { variant_id: variantId, quantity: 5 },
    })
    expect(stolen.status).toBe(404)
    expect(
      (await store(`/store/carts/${cartId}?fields=items.quantity`, { token: first.token })).body.cart.items[0].quantity
    ).toBe(1)

    // The order.
    await store(`/store/carts/${cartId}`, { token: first.token, body: { email: first.email } })
    const placed = await checkout(cartId, first.token)
    expect(placed.body.type).toBe("order")
    const orderId = placed.body.order.id
    expect((await store(`/store/orders/${orderId}`, { token: second.token })).status).toBe(404)
    expect((await store(`/store/orders/${orderId}`)).status).toBe(404)
    expect((await store(`/store/orders/${orderId}`, { token: first.token })).status).toBe(200)
    const { body: theirs } = await store("/store/orders", { token: second.token })
    expect(theirs.orders.map((o: { id: string }) => o.id)).toEqual([])
    const { body: mine } = await store("/store/orders", { token: first.token })
    expect(mine.orders.map((o: { id: string }) => o.id)).toEqual([orderId])

    // The addresses.
    const { body: others } = await store("/store/customers/me/addresses", { token: second.token })
    expect(others.addresses).toEqual([])
    expect((await store(`/store/customers/me/addresses/${addressId}`, { token: second.token })).status).toBe(404)
    expect((await store(`/store/customers/me/addresses/${addressId}`, { token: first.token })).status).toBe(200)
  })

  it("a guest's cart becomes the shopper's on log-in", async () => {
    const shopper = await registerShopper("carry")
    const { region, variantId } = await firstVariant()
    const { body } = await store("/store/carts", { body: { region_id: region.id } })
    await addItem(body.cart.id, variantId, 2)
    const transferred = await store(`/store/carts/${body.cart.id}/customer`, { token: shopper.token, body: {} })
    expect(transferred.status).toBe(200)
    expect(transferred.body.cart.customer_id).toBe(shopper.customerId)
    expect(
      (await store(`/store/carts/${body.cart.id}?fields=items.quantity`, { token: shopper.token })).body.cart.items[0]
        .quantity
    ).toBe(2)
  })
})

describe("password reset", () => {
  it("answers the same for a known and an unknown e-mail, and mails only the account's own address", async () => {
    const shopper = await registerShopper("reset")
    const unknown = uniqueEmail("nobody")
    const known = await requestPasswordReset(shopper.email, asClient("192.0.2.10"))
    const nobody = await requestPasswordReset(unknown, asClient("192.0.2.10"))
    expect(known.status).toBe(nobody.status)
    expect(known.body).toEqual(nobody.body)
    expect(known.status).toBeLessThan(300)

    const mail = await waitForMail({ to: shopper.email, subject: "Reset your LACREMELUXE password", timeout: 15_000 })
    const link = /(http\S+\/de\/account\/reset-password\?token=[^\s&]+&email=\S+)/.exec(mail.text)![1]
    expect(new URL(link).searchParams.get("email")).toBe(shopper.email)
    expect(await mailsTo(unknown)).toEqual([])

    // The token from the e-mail sets a new password; the old one stops working.
    const token = new URL(link).searchParams.get("token")!
    const update = await fetch(`${stack.backendUrl}/auth/customer/emailpass/update`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ email: shopper.email, password: "a brand new password" }),
    })
    expect(update.status).toBe(200)
    expect((await logIn(shopper.email, "a brand new password")).status).toBe(200)
    expect((await logIn(shopper.email, shopper.password)).status).toBe(401)
  })
})

describe("rate limits", () => {
  it("answers 429 with a sentence after 10 failed log-ins for one address from one client; other clients go on", async () => {
    const shopper = await registerShopper("limited")
    const client = asClient("203.0.113.77")
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await logIn(shopper.email, "wrong password", client)).status).toBe(401)
    }
    const limited = await logIn(shopper.email, shopper.password, client)
    expect(limited.status).toBe(429)
    expect(limited.body.message).toMatch(
      /^Too many log-in attempts\. For your security, please wait \d+ minutes and try again\.$/
    )
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0)
    // Another client is not affected, and the header is ignored without the shared secret.
    expect((await logIn(shopper.email, shopper.password, asClient("203.0.113.78"))).status).toBe(200)
    const forged = await logIn(shopper.email, shopper.password, {
      "x-storefront-key": "guess",
      "x-client-ip": "203.0.113.77",
    })
    expect(forged.status).not.toBe(429)
  })

  // CI always runs with REDIS_URL (.ci/run); without it the windows are each process's own.
  it.runIf(Boolean(stack.backendEnv.REDIS_URL))(
    "with Redis, the windows live in Redis, where every API process counts them",
    async () => {
      const shopper = await registerShopper("shared-window")
      const client = asClient("203.0.113.120")
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect((await logIn(shopper.email, "wrong password", client)).status).toBe(401)
      }
      const redis = new Redis(stack.backendEnv.REDIS_URL)
      try {
        const database = new URL(stack.databaseUrl).pathname.slice(1)
        const window = `lacremeluxe:rate-limit:${database}:log-in:account:203.0.113.120|${shopper.email}`
        expect(await redis.zcard(window)).toBe(3)
        expect(await redis.pttl(window)).toBeGreaterThan(14 * 60_000)
      } finally {
        redis.disconnect()
      }
    }
  )

  it("limits promo code attempts on a cart", async () => {
    const { region } = await firstVariant()
    const { body } = await store("/store/carts", { body: { region_id: region.id } })
    const client = asClient("203.0.113.90")
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 11; attempt++) {
      const response = await store(`/store/carts/${body.cart.id}/promotions`, {
        body: { promo_codes: [`GUESS${attempt}`] },
        headers: client,
      })
      statuses.push(response.status)
    }
    expect(statuses.slice(0, 10).every((status) => status === 400 || status === 200)).toBe(true)
    expect(statuses[10]).toBe(429)
  })
})

describe("deleting an account", () => {
  it("removes the customer and the log-in; the order stays for the shop's records", async () => {
    const shopper = await registerShopper("leaving")
    const { region, variantId } = await firstVariant()
    const { body } = await store("/store/carts", {
      token: shopper.token,
      body: { region_id: region.id, email: shopper.email },
    })
    await store(`/store/carts/${body.cart.id}/line-items`, {
      token: shopper.token,
      body: { variant_id: variantId, quantity: 1 },
    })
    const placed = await checkout(body.cart.id, shopper.token)
    expect(placed.body.type).toBe("order")

    expect((await store("/store/customers/me", { method: "DELETE" })).status).toBe(401)
    const deleted = await store("/store/customers/me", { method: "DELETE", token: shopper.token })
    expect(deleted.status).toBe(200)
    expect(deleted.body).toMatchObject({ id: shopper.customerId, deleted: true })
    expect((await logIn(shopper.email, shopper.password)).status).toBe(401)
    const { body: order } = await admin(`/admin/orders/${placed.body.order.id}?fields=id,email`, {
      token: await adminToken(),
    })
    expect(order.order.email).toBe(shopper.email)
  })
})
