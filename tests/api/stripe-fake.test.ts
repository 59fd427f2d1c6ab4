import Stripe from "stripe"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { createFakeStripe, parseForm } from "../fakes/stripe"
import { stripeAt } from "../support/stripe"

// The fake itself, driven by the same stripe SDK version Medusa's provider uses: if the SDK
// parses its answers and errors, the backend's provider will too.
const fake = createFakeStripe({ secretKey: "sk_test_own", publishableKey: "pk_test_own" })
let client: Stripe
let address: string

beforeAll(async () => {
  address = await fake.listen()
  client = stripeAt(address, fake.secretKey)
})
afterAll(() => fake.close())

describe("the fake of Stripe's API", () => {
  it("parses Stripe's bracketed form encoding", () => {
    expect(parseForm("amount=100&metadata[session_id]=ps_1&expand[0]=payment_method&a[b][c]=d")).toEqual({
      amount: "100",
      metadata: { session_id: "ps_1" },
      expand: ["payment_method"],
      a: { b: { c: "d" } },
    })
  })

  it("creates, confirms and captures a manual-capture intent", async () => {
    const created = await client.paymentIntents.create({
      amount: 2490,
      currency: "eur",
      capture_method: "manual",
      metadata: { session_id: "payses_1" },
      automatic_payment_methods: { enabled: true },
    })
    expect(created).toMatchObject({ object: "payment_intent", status: "requires_payment_method", amount: 2490 })
    expect(created.client_secret).toMatch(new RegExp(`^${created.id}_secret_`))

    const confirmed = await client.paymentIntents.confirm(created.id, { payment_method: "pm_card_visa" })
    expect(confirmed.status).toBe("requires_capture")
    expect(confirmed.amount_capturable).toBe(2490)

    const expanded = await client.paymentIntents.retrieve(created.id, { expand: ["payment_method"] })
    expect((expanded.payment_method as Stripe.PaymentMethod).card?.last4).toBe("4242")

    const captured = await client.paymentIntents.capture(created.id)
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 2490, amount_capturable: 0 })
    const events = await client.events.list({ type: "payment_intent.succeeded" })
    expect(events.data[0].data.object).toMatchObject({ id: created.id, status: "succeeded" })
  })

  it("answers a declined card with Stripe's card error, which the SDK raises as StripeCardError", async () => {
    const intent = await client.paymentIntents.create({ amount: 1000, currency: "usd", capture_method: "manual" })
    const error = await client.paymentIntents
      .confirm(intent.id, { payment_method: "pm_card_chargeDeclined" })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Stripe.errors.StripeCardError)
    expect(error).toMatchObject({
      code: "card_declined",
      decline_code: "generic_decline",
      message: "Your card was declined.",
    })
    expect((error as Stripe.errors.StripeCardError).raw).toHaveProperty(
      "payment_intent.status",
      "requires_payment_method"
    )
  })

  it("refuses a capture in the wrong state, an over-refund and an unknown key the way Stripe does", async () => {
    const intent = await client.paymentIntents.create({ amount: 500, currency: "eur", capture_method: "manual" })
    await expect(client.paymentIntents.capture(intent.id)).rejects.toMatchObject({
      type: "StripeInvalidRequestError",
      code: "payment_intent_unexpected_state",
    })
    await client.paymentIntents.confirm(intent.id, { payment_method: "pm_card_visa" })
    await client.paymentIntents.capture(intent.id)
    const refund = await client.refunds.create({ payment_intent: intent.id, amount: 200 })
    expect(refund).toMatchObject({ object: "refund", amount: 200, status: "succeeded", payment_intent: intent.id })
    await expect(client.refunds.create({ payment_intent: intent.id, amount: 400 })).rejects.toMatchObject({
      code: "amount_too_large",
    })
    await expect(client.paymentIntents.retrieve("pi_missing")).rejects.toMatchObject({
      code: "resource_missing",
      statusCode: 404,
    })
    await expect(stripeAt(address, "sk_test_other").customers.create({})).rejects.toMatchObject({
      type: "StripeAuthenticationError",
      statusCode: 401,
    })
  })

  it("replays an idempotent request instead of doing it twice, and refuses the key with other parameters", async () => {
    const first = await client.customers.create({ email: "a@example.test" }, { idempotencyKey: "same-key" })
    const again = await client.customers.create({ email: "a@example.test" }, { idempotencyKey: "same-key" })
    expect(again.id).toBe(first.id)
    await expect(
      client.customers.create({ email: "b@example.test" }, { idempotencyKey: "same-key" })
    ).rejects.toMatchObject({
      type: "StripeIdempotencyError",
    })
  })

  it("keeps customers: create, update, delete", async () => {
    const customer = await client.customers.create({ email: "c@example.test", name: "Cleo" })
    const updated = await client.customers.update(customer.id, { phone: "+49 30 1" })
    expect(updated).toMatchObject({ email: "c@example.test", name: "Cleo", phone: "+49 30 1" })
    expect(await client.customers.del(customer.id)).toMatchObject({ id: customer.id, deleted: true })
  })

  it("lets the browser confirm with the publishable key and client secret only", async () => {
    const intent = await client.paymentIntents.create({ amount: 700, currency: "eur", capture_method: "manual" })
    const url = `${address}/v1/payment_intents/${intent.id}/confirm`
    const wrong = await fetch(url, {
      method: "POST",
      body: new URLSearchParams({
        key: fake.publishableKey,
        client_secret: "pi_x_secret_y",
        payment_method: "pm_card_visa",
      }),
    })
    expect(wrong.status).toBe(404)
    const right = await fetch(url, {
      method: "POST",
      body: new URLSearchParams({
        key: fake.publishableKey,
        client_secret: intent.client_secret!,
        payment_method: "pm_card_visa",
      }),
    })
    expect(right.status).toBe(200)
    expect((await right.json()).status).toBe("requires_capture")
    const basic = await fetch(`${address}/v1/events?limit=1`, {
      headers: { authorization: `Basic ${Buffer.from(`${fake.secretKey}:`).toString("base64")}` },
    })
    expect(basic.status).toBe(200) // curl -u sk_test_…: works as with Stripe
    const noKey = await fetch(`${address}/v1/customers`, { method: "POST", body: "" })
    expect(noKey.status).toBe(401)
    expect((await noKey.json()).error.message).toBe("You did not provide an API key.")
  })
})
