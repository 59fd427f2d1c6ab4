// A small, test-only fake of Stripe's HTTP API, for the parts Medusa's Stripe provider and the
// storefront use: PaymentIntents (create, retrieve, update, confirm, capture, cancel), refunds,
// customers, payment methods and events. It speaks Stripe's wire format at API version
// 2024-04-10 (the stripe SDK inside @medusajs/payment-stripe): form-encoded requests with
// bracketed keys, JSON objects with Stripe's fields, Stripe's error envelope and status codes,
// idempotency keys. Stripe's servers cannot be reached from CI; nothing else is faked.
//
// Test cards are Stripe's test payment methods: pm_card_visa succeeds,
// pm_card_chargeDeclined and pm_card_visa_chargeDeclinedInsufficientFunds are declined, and
// pm_card_authenticationRequired needs a redirect (3-D Secure), which the test-only page
// GET /_fake/authenticate/:id completes, as the bank's page would, before it sends the shopper
// to the intent's return_url.
//
// scripts/test.mjs runs under plain Node, which cannot import TypeScript: it imports the build
// of this folder (tests/fakes/dist/stripe, compiled by scripts/lib/build.mjs); vitest imports it as is.
import { customerRoutes } from "./customers.js"
import { eventRoutes } from "./events.js"
import { paymentIntentRoutes } from "./payment-intents.js"
import { paymentMethodRoutes } from "./payment-methods.js"
import { refundRoutes } from "./refunds.js"
import { createServer } from "./server.js"
import { createStore } from "./store.js"

export { parseForm } from "./form.js"
export { API_VERSION } from "./store.js"

export function createFakeStripe({ secretKey = "sk_test_fake", publishableKey = "pk_test_fake" } = {}) {
  const store = createStore()
  const routes = [
    ...paymentIntentRoutes(store),
    ...refundRoutes(store),
    ...customerRoutes(store),
    ...paymentMethodRoutes(store),
    ...eventRoutes(store),
  ]
  const server = createServer(store, { secretKey, publishableKey }, routes)
  return {
    secretKey,
    publishableKey,
    intents: store.intents,
    events: store.events,
    requests: store.requests,
    listen: server.listen,
    close: server.close,
  }
}

export type FakeStripe = ReturnType<typeof createFakeStripe>
