import Stripe from "stripe"
import { store } from "./api"
import { germanAddress } from "./checkout"
import { stack } from "./stack"

export const STRIPE_PROVIDER = "pp_stripe_stripe"

/** The stripe SDK (the version inside Medusa's provider) pointed at an address, as the backend's is. */
export function stripeAt(apiUrl: string, secretKey: string) {
  const url = new URL(apiUrl)
  return new Stripe(secretKey, { host: url.hostname, port: Number(url.port), protocol: "http", maxNetworkRetries: 0 })
}

/** The fake Stripe the booted backend talks to. */
export function stripe() {
  return stripeAt(stack.stripe.apiUrl, stack.stripe.secretKey)
}

/**
 * What Stripe.js does in the shopper's browser when the Payment Element confirms: it calls the
 * API with the publishable key and the intent's client secret, never the secret key.
 */
export async function confirmInBrowser(clientSecret: string, paymentMethod: string, returnUrl?: string) {
  const intentId = clientSecret.split("_secret_")[0]
  const body = new URLSearchParams({
    key: stack.stripe.publishableKey,
    client_secret: clientSecret,
    payment_method: paymentMethod,
    ...(returnUrl ? { return_url: returnUrl } : {}),
  })
  const response = await fetch(`${stack.stripe.apiUrl}/v1/payment_intents/${intentId}/confirm`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body,
  })
  return { status: response.status, body: await response.json() }
}

/** Address and standard shipping, then a Stripe payment session: Medusa creates the PaymentIntent. */
export async function payWithStripe(cartId: string) {
  await store(`/store/carts/${cartId}`, { body: { shipping_address: germanAddress, billing_address: germanAddress } })
  const { body: options } = await store(`/store/shipping-options?cart_id=${cartId}`)
  const standard = options.shipping_options.find((o: { name: string }) => o.name === "Standard shipping")
  await store(`/store/carts/${cartId}/shipping-methods`, { body: { option_id: standard.id } })
  const { body: collection } = await store("/store/payment-collections", { body: { cart_id: cartId } })
  const { status, body } = await store(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { body: { provider_id: STRIPE_PROVIDER } }
  )
  if (status !== 200) {
    throw new Error(`Stripe session not opened: ${status} ${JSON.stringify(body)}`)
  }
  const session = body.payment_collection.payment_sessions.find(
    (s: { provider_id: string }) => s.provider_id === STRIPE_PROVIDER
  )
  return {
    sessionId: session.id as string,
    intentId: session.data.id as string,
    clientSecret: session.data.client_secret as string,
    amount: session.amount as number,
  }
}

/** The latest event of a type for an intent, as Stripe would deliver it. */
export async function eventFor(intentId: string, type: string) {
  const events = await stripe().events.list({ type, limit: 100 })
  const event = events.data.find((e) => (e.data.object as { id?: string }).id === intentId)
  if (!event) {
    throw new Error(`no ${type} event for ${intentId}`)
  }
  return event
}

/**
 * Delivers an event to Medusa's Stripe webhook, signed with STRIPE_WEBHOOK_SECRET (or another
 * secret); answers the endpoint's status and text.
 */
export async function deliverWebhook(event: Stripe.Event, secret = stack.stripe.webhookSecret) {
  const payload = JSON.stringify(event)
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret })
  const response = await fetch(`${stack.backendUrl}/hooks/payment/stripe_stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  })
  return { status: response.status, text: await response.text() }
}

/** What Medusa answers every webhook at once: it queues the event and checks it later (~5 s). */
export const WEBHOOK_QUEUED = { status: 200, text: "OK" }

/** Polls until `check` returns a value (webhooks are processed after Medusa's ~5 s delay). */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 45_000
) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) {
      return value
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
