import pg from "pg"
import { describe, expect, it } from "vitest"
import { CART_COOKIE, LAST_ORDER_COOKIE } from "../../storefront/src/lib/server/cookie-names"
import { admin, adminToken, regionByName, store } from "../support/api"
import { addItem, newCart } from "../support/checkout"
import { stack } from "../support/stack"
import {
  confirmInBrowser,
  deliverWebhook,
  eventFor,
  eventually,
  payWithStripe,
  STRIPE_PROVIDER,
  stripe,
  WEBHOOK_QUEUED,
} from "../support/stripe"

// The real backend with Medusa's Stripe provider, pointed at the local fake of Stripe's API by
// the test setting STRIPE_TEST_API_URL (see scripts/test.mjs and tests/fakes/stripe).

async function cartWithProduct() {
  const region = await regionByName("Europe")
  const { body } = await store(`/store/products?region_id=${region.id}&fields=variants.id&limit=1`)
  const cart = await newCart("Europe")
  await addItem(cart.id, body.products[0].variants[0].id, 2)
  return cart
}

function complete(cartId: string) {
  return store(`/store/carts/${cartId}/complete`, { body: {} })
}

async function ordersForCart(cartId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: stack.databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query("select order_id from order_cart where cart_id = $1 and deleted_at is null", [
      cartId,
    ])
    return rows.map((row) => row.order_id)
  } finally {
    await client.end()
  }
}

/**
 * Waits for the webhooks delivered so far to have been processed: Medusa queues each one with the
 * same delay and processes them in turn, so once a genuine webhook sent now has placed its order,
 * those before it have had their turn. An effect to wait for, instead of a guess at the delay.
 */
async function afterQueuedWebhooks() {
  const sentinel = await cartWithProduct()
  const session = await payWithStripe(sentinel.id)
  await confirmInBrowser(session.clientSecret, "pm_card_visa")
  expect(await deliverWebhook(await eventFor(session.intentId, "payment_intent.amount_capturable_updated"))).toEqual(
    WEBHOOK_QUEUED
  )
  await eventually(async () => (await ordersForCart(sentinel.id)).length === 1, "a webhook sent after the others")
}

async function orderPayment(orderId: string) {
  const { body } = await admin(
    `/admin/orders/${orderId}?fields=id,payment_status,payment_collections.payments.id,payment_collections.payments.captured_at,payment_collections.payments.amount,payment_collections.payments.data`,
    { token: await adminToken() }
  )
  return { order: body.order, payment: body.order.payment_collections[0].payments[0] }
}

describe("Stripe through Medusa's provider", () => {
  it("is offered in every region next to the system provider", async () => {
    for (const name of ["Europe", "United States"]) {
      const region = await regionByName(name)
      const { body } = await store(`/store/payment-providers?region_id=${region.id}`)
      expect(body.payment_providers.map((p: { id: string }) => p.id).sort()).toEqual([
        STRIPE_PROVIDER,
        "pp_system_default",
      ])
    }
  })

  it("opens a manual-capture PaymentIntent for the cart total, tied to the session", async () => {
    const cart = await cartWithProduct()
    const session = await payWithStripe(cart.id)
    const intent = await stripe().paymentIntents.retrieve(session.intentId)
    const { body } = await store(`/store/carts/${cart.id}?fields=total`)
    expect(intent.amount).toBe(Math.round(body.cart.total * 100))
    expect(intent.currency).toBe("eur")
    expect(intent.capture_method).toBe("manual")
    expect(intent.automatic_payment_methods?.enabled).toBe(true)
    expect(intent.metadata.session_id).toBe(session.sessionId)
  })

  it("places the order once the shopper's payment is authorised; staff capture it and refund part of it", async () => {
    const cart = await cartWithProduct()
    const session = await payWithStripe(cart.id)
    const confirmed = await confirmInBrowser(session.clientSecret, "pm_card_visa")
    expect(confirmed.body.status).toBe("requires_capture")

    const placed = await complete(cart.id)
    expect(placed.status).toBe(200)
    expect(placed.body.type).toBe("order")
    const orderId = placed.body.order.id
    const authorised = await orderPayment(orderId)
    expect(authorised.order.payment_status).toBe("authorized")
    expect(authorised.payment.captured_at).toBeNull()

    const token = await adminToken()
    const captured = await admin(`/admin/payments/${authorised.payment.id}/capture`, { token, body: {} })
    expect(captured.status).toBe(200)
    const intent = await stripe().paymentIntents.retrieve(session.intentId)
    expect(intent.status).toBe("succeeded")
    expect(intent.amount_received).toBe(session.amount * 100)
    expect((await orderPayment(orderId)).order.payment_status).toBe("captured")

    const refunded = await admin(`/admin/payments/${authorised.payment.id}/refund`, { token, body: { amount: 5 } })
    expect(refunded.status).toBe(200)
    const refunds = await stripe().refunds.list({ payment_intent: session.intentId })
    expect(refunds.data.map((r) => r.amount)).toEqual([500])
    expect((await orderPayment(orderId)).order.payment_status).toBe("partially_refunded")
  })

  it("keeps the cart intact when the card is declined, with Stripe's message for the shopper", async () => {
    const cart = await cartWithProduct()
    const session = await payWithStripe(cart.id)
    const declined = await confirmInBrowser(session.clientSecret, "pm_card_chargeDeclined")
    expect(declined.status).toBe(402)
    expect(declined.body.error).toMatchObject({
      type: "card_error",
      code: "card_declined",
      message: "Your card was declined.",
    })

    const attempt = await complete(cart.id)
    expect(attempt.status, JSON.stringify(attempt.body)).toBe(400)
    // The storefront words this for the shopper (checkout-errors.ts, unit-tested).
    expect(attempt.body.message).toMatch(/was not authorized with the provider/)
    const { body } = await store(`/store/carts/${cart.id}?fields=completed_at,items.quantity`)
    expect(body.cart.completed_at).toBeNull()
    expect(body.cart.items.map((i: { quantity: number }) => i.quantity)).toEqual([2])
    expect(await ordersForCart(cart.id)).toEqual([])

    // The shopper tries another card: a new session, and the order is placed.
    const retry = await payWithStripe(cart.id)
    expect(retry.intentId).not.toBe(session.intentId)
    await confirmInBrowser(retry.clientSecret, "pm_card_visa")
    expect((await complete(cart.id)).body.type).toBe("order")
  })

  it("gives one order when the same cart is completed twice at once", async () => {
    const cart = await cartWithProduct()
    const session = await payWithStripe(cart.id)
    await confirmInBrowser(session.clientSecret, "pm_card_visa")
    const answers = await Promise.all([complete(cart.id), complete(cart.id)])
    const orders = await ordersForCart(cart.id)
    expect(orders).toHaveLength(1)
    // Medusa's complete-cart workflow takes a lock on the cart: the second request waits for the
    // first, finds the order it placed (order_cart) and answers that same order.
    const answer = ({ status, body }: { status: number; body: any }) => ({
      status,
      type: body.type,
      id: body.order?.id,
    })
    const sameOrder = { status: 200, type: "order", id: orders[0] }
    expect(answers.map(answer)).toEqual([sameOrder, sameOrder])
    // And again later (a reload after the redirect): the same order, not a second one.
    expect(answer(await complete(cart.id))).toEqual(sameOrder)
    expect(await ordersForCart(cart.id)).toEqual(orders)
  })

  it("places the order from a signed webhook when the shopper never comes back, and captures on payment_intent.succeeded", async () => {
    const cart = await cartWithProduct()
    const session = await payWithStripe(cart.id)
    await confirmInBrowser(session.clientSecret, "pm_card_visa")
    // The browser closed after the bank approved: only Stripe's webhook tells the store.
    expect(await deliverWebhook(await eventFor(session.intentId, "payment_intent.amount_capturable_updated"))).toEqual(
      WEBHOOK_QUEUED
    )
    const [orderId] = await eventually(async () => {
      const orders = await ordersForCart(cart.id)
      return orders.length ? orders : undefined
    }, "the webhook to place the order")
    await eventually(
      async () => (await orderPayment(orderId)).order.payment_status === "authorized",
      "the order's payment to be authorised"
    )

    // Captured in Stripe's dashboard: payment_intent.succeeded captures it in Medusa too.
    await stripe().paymentIntents.capture(session.intentId)
    expect(await deliverWebhook(await eventFor(session.intentId, "payment_intent.succeeded"))).toEqual(WEBHOOK_QUEUED)
    const captured = await eventually(async () => {
      const { payment } = await orderPayment(orderId)
      return payment.captured_at ? payment : undefined
    }, "the webhook to capture the payment")
    expect(captured.amount).toBe(session.amount)
    expect(await ordersForCart(cart.id)).toEqual([orderId])
  })

  it("ignores a badly signed webhook: nothing changes", async () => {
    const forged = await cartWithProduct()
    const forgedSession = await payWithStripe(forged.id)
    await confirmInBrowser(forgedSession.clientSecret, "pm_card_visa")
    const before = await store(`/store/carts/${forged.id}?fields=completed_at,payment_collection.status`)
    expect(before.body.cart).toMatchObject({ completed_at: null, payment_collection: { status: "not_paid" } })
    // Medusa answers every webhook the same at once, forged or not, and checks the signature when
    // it processes it.
    expect(
      await deliverWebhook(
        await eventFor(forgedSession.intentId, "payment_intent.amount_capturable_updated"),
        "whsec_not_the_store_secret"
      )
    ).toEqual(WEBHOOK_QUEUED)
    await afterQueuedWebhooks()

    expect(await ordersForCart(forged.id)).toEqual([])
    const after = await store(`/store/carts/${forged.id}?fields=completed_at,payment_collection.status`)
    expect(after.body.cart).toEqual(before.body.cart)
  })
})

describe("the storefront's return from a payment redirect", () => {
  function returnFrom(query: string, cookies: Record<string, string>) {
    return fetch(`${stack.storefrontUrl}/de/checkout/return?${query}`, {
      redirect: "manual",
      headers: {
        cookie: Object.entries(cookies)
          .map(([k, v]) => `${k}=${v}`)
          .join("; "),
      },
    })
  }

  it("places the order after 3-D Secure, once, even when the webhook got there first or the page is reloaded", async () => {
    const cart = await cartWithProduct()
    const session = await payWithStripe(cart.id)
    const returnUrl = `${stack.storefrontUrl}/de/checkout/return`
    const confirmed = await confirmInBrowser(session.clientSecret, "pm_card_authenticationRequired", returnUrl)
    expect(confirmed.body.status).toBe("requires_action")
    // The bank's page approves and sends the shopper back with Stripe's query parameters.
    const bank = await fetch(confirmed.body.next_action.redirect_to_url.url, { redirect: "manual" })
    const back = new URL(bank.headers.get("location")!)
    expect(back.searchParams.get("redirect_status")).toBe("succeeded")

    // The webhook and the shopper's return arrive together.
    const [arrival] = await Promise.all([
      returnFrom(back.search.slice(1), { [CART_COOKIE]: cart.id }),
      eventFor(session.intentId, "payment_intent.amount_capturable_updated").then(async (event) =>
        expect(await deliverWebhook(event)).toEqual(WEBHOOK_QUEUED)
      ),
    ])
    expect(arrival.status).toBe(303)
    const orders = await ordersForCart(cart.id)
    expect(orders).toHaveLength(1)
    expect(arrival.headers.get("location")).toBe(`${stack.storefrontUrl}/de/order/${orders[0]}`)
    expect(arrival.headers.get("set-cookie")).toContain(`${LAST_ORDER_COOKIE}=${orders[0]}`)

    // A reload of the return address: the cart cookie is gone, the same confirmation is shown.
    const reload = await returnFrom(back.search.slice(1), { [LAST_ORDER_COOKIE]: orders[0] })
    expect(reload.headers.get("location")).toBe(`${stack.storefrontUrl}/de/order/${orders[0]}`)
    // Even with the old cart cookie still there, no second order.
    const again = await returnFrom(back.search.slice(1), { [CART_COOKIE]: cart.id })
    expect(again.headers.get("location")).toBe(`${stack.storefrontUrl}/de/order/${orders[0]}`)
    // The webhook, processed after Medusa's delay, finds the order placed: still one.
    await afterQueuedWebhooks()
    expect(await ordersForCart(cart.id)).toEqual(orders)
  })

  it("sends a refused payment back to checkout with the cart and a message", async () => {
    const cart = await cartWithProduct()
    const session = await payWithStripe(cart.id)
    const confirmed = await confirmInBrowser(
      session.clientSecret,
      "pm_card_authenticationRequired",
      `${stack.storefrontUrl}/de/checkout/return`
    )
    const bank = await fetch(`${confirmed.body.next_action.redirect_to_url.url}?outcome=fail`, { redirect: "manual" })
    const back = new URL(bank.headers.get("location")!)
    expect(back.searchParams.get("redirect_status")).toBe("failed")

    const arrival = await returnFrom(back.search.slice(1), { [CART_COOKIE]: cart.id })
    expect(arrival.status).toBe(303)
    expect(arrival.headers.get("location")).toBe(`${stack.storefrontUrl}/de/checkout?payment=failed`)
    const page = await fetch(arrival.headers.get("location")!, { headers: { cookie: `${CART_COOKIE}=${cart.id}` } })
    const html = await page.text()
    // The German store's checkout says it in German (issue 15).
    expect(html).toContain(
      "Ihre Zahlung wurde nicht genehmigt, es wurde nichts abgebucht. Ihr Warenkorb bleibt gespeichert"
    )
    expect(await ordersForCart(cart.id)).toEqual([])
    const { body } = await store(`/store/carts/${cart.id}?fields=completed_at,items.quantity`)
    expect(body.cart.completed_at).toBeNull()
    expect(body.cart.items.map((i: { quantity: number }) => i.quantity)).toEqual([2])
  })

  it("lets the checkout page alone load Stripe.js", async () => {
    const checkout = await fetch(`${stack.storefrontUrl}/de/checkout`)
    const home = await fetch(`${stack.storefrontUrl}/de`)
    expect(checkout.headers.get("content-security-policy")).toContain(
      "script-src 'self' 'unsafe-inline' https://js.stripe.com"
    )
    expect(checkout.headers.get("content-security-policy")).toContain(
      "frame-src https://js.stripe.com https://hooks.stripe.com"
    )
    expect(home.headers.get("content-security-policy")).not.toContain("stripe.com")
    expect(home.headers.get("content-security-policy")).toContain("frame-src 'none'")
  })
})
