import { randomInt } from "node:crypto"
import { beforeAll, describe, expect, it } from "vitest"
import { adminToken, regionByName, store } from "../support/api"
import { newCart } from "../support/checkout"
import { BAD_BODIES, BAD_QUERIES, inBatches, preview, withBadParams, type Hostile } from "../support/hostile"
import { asClient, registerShopper } from "../support/shopper"
import { stack } from "../support/stack"

/**
 * Never a 5xx for bad input: a corpus crossed from tables (routes × bad path values, × bad
 * queries, × bad bodies) over Medusa's routes and ours, auth, the admin, the storefront's API
 * routes and its server actions. Every answer is below 500 and arrives; a clearly malformed
 * request gets a 4xx with a sentence.
 *
 * Calls to the backend vouch for an address of this file's own (a fresh one per request), so the
 * corpus never spends the log-in, reset or lookup allowances of the other files' clients.
 */

type Outcome = { request: Hostile; status: number; text: string; error?: string }

/** 2001:db8::/32 is for documentation: no real client has it. One address per request. */
const run = randomInt(1, 0xffff).toString(16)
let sequence = 0
const ownClient = () => asClient(`2001:db8:${run}::${(++sequence).toString(16)}`)

/** Where a request goes, and what it carries besides the hostile part. */
/** A corpus is hundreds of requests: minutes on a busy 2-core machine, seconds on a quiet one. */
const CORPUS_TIMEOUT = 300_000

type Target = { base: string; headers: () => Record<string, string> }

async function send(target: Target, request: Hostile): Promise<Outcome> {
  const headers: Record<string, string> = { ...target.headers(), ...request.headers }
  try {
    const response = await fetch(`${target.base}${request.path}`, {
      method: request.method,
      headers,
      body: request.body,
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    })
    return { request, status: response.status, text: await response.text() }
  } catch (error) {
    const cause = (error as Error & { cause?: Error }).cause
    return { request, status: 0, text: "", error: `${(error as Error).message}${cause ? `: ${cause.message}` : ""}` }
  }
}

/** A JSON answer's `message`, or the text of a page, has words in it (a sentence, not a code). */
function sentenceOf(text: string): string | undefined {
  let message = text
  try {
    const json = JSON.parse(text) as { message?: unknown }
    message = typeof json.message === "string" ? json.message : ""
  } catch {
    message = text.replace(/<[^>]*>/g, " ")
  }
  const words = message
    .trim()
    .split(/\s+/)
    .filter((word) => /\p{L}{2,}/u.test(word))
  return words.length >= 3 ? message.trim() : undefined
}

function describeOutcome({ request, status, text, error }: Outcome) {
  return `${request.method} ${preview(request.path)} (${request.label}) → ${error ?? status} ${text.slice(0, 160)}`
}

/** The corpus's verdicts: what crashed, dropped, or answered a malformed request without a sentence. */
function problems(outcomes: Outcome[]) {
  return outcomes.flatMap((outcome) => {
    const { request, status, text, error } = outcome
    if (error) return [`dropped: ${describeOutcome(outcome)}`]
    if (status >= 500) return [`5xx: ${describeOutcome(outcome)}`]
    if (request.malformed && (status < 400 || !sentenceOf(text))) {
      return [`malformed but not refused with a sentence: ${describeOutcome(outcome)}`]
    }
    return []
  })
}

const json = (body: string | Blob, contentType = "application/json") => ({
  body,
  headers: { "content-type": contentType },
})

/** GET routes × bad path values and × bad queries; POST routes × bad path values and × bad bodies. */
function corpus(
  routes: { get?: string[]; post?: string[]; delete?: string[] },
  real: Record<string, string>,
  { pages = false } = {}
) {
  const fillReal = (template: string) => template.replace(/:(\w+)/g, (_m, name: string) => real[name] ?? "nothing_here")
  const requests: Hostile[] = []
  for (const template of routes.get ?? []) {
    for (const bad of withBadParams(template, real)) {
      requests.push({ method: "GET", path: bad.path, label: bad.label, malformed: bad.malformed })
    }
    const path = fillReal(template)
    for (const { query, malformed, paging } of BAD_QUERIES) {
      const joiner = path.includes("?") ? "&" : "?"
      const label = preview(query)
      requests.push({
        method: "GET",
        path: `${path}${joiner}${query}`,
        label,
        malformed: malformed && !(pages && paging),
      })
    }
  }
  for (const template of routes.post ?? []) {
    for (const bad of withBadParams(template, real)) {
      requests.push({ method: "POST", path: bad.path, label: bad.label, malformed: bad.malformed, ...json("{}") })
    }
    for (const bad of BAD_BODIES) {
      requests.push({
        method: "POST",
        path: fillReal(template),
        label: bad.label,
        malformed: bad.malformed,
        ...json(bad.body, bad.contentType),
      })
    }
  }
  for (const template of routes.delete ?? []) {
    for (const bad of withBadParams(template, real)) {
      requests.push({ method: "DELETE", path: bad.path, label: bad.label, malformed: bad.malformed })
    }
  }
  return requests
}

describe("hostile input never gets a 5xx", () => {
  const real: Record<string, string> = {}
  let customerToken = ""
  let staffToken = ""
  const backend = (extra: () => Record<string, string> = () => ({})): Target => ({
    base: stack.backendUrl,
    headers: () => ({ "x-publishable-api-key": stack.publishableKey, ...ownClient(), ...extra() }),
  })

  beforeAll(async () => {
    const region = await regionByName("Europe")
    const cart = await newCart("Europe")
    const { body } = await store("/store/products?limit=1&fields=id,handle,*variants")
    const shopper = await registerShopper("hostile")
    customerToken = shopper.token
    staffToken = await adminToken()
    Object.assign(real, {
      id: cart.id,
      cart_id: cart.id,
      region_id: region.id,
      product_id: body.products[0].id,
      handle: body.products[0].handle,
      variant_id: body.products[0].variants[0].id,
    })
  })

  it(
    "Medusa's store routes and ours answer bad paths, queries and bodies with 4xx, never 5xx",
    async () => {
      const requests = corpus(
        {
          get: [
            "/store/products",
            "/store/products/:product_id",
            "/store/product-categories",
            "/store/product-categories/:id",
            "/store/regions",
            "/store/regions/:region_id",
            "/store/carts/:cart_id",
            "/store/shipping-options?cart_id=:cart_id",
            "/store/payment-providers?region_id=:region_id",
            "/store/orders/:id",
            "/store/orders/:id/after-sale",
            "/store/returns/:id",
            "/store/catalog?region_id=:region_id",
            "/store/guides/:handle",
            "/store/product-pages/:handle?region_id=:region_id",
            "/store/collections",
            "/store/return-reasons",
            "/store/carts/:cart_id/advice",
            "/store/products/:product_id/reviews",
            "/store/orders/:id/refill-reminder",
          ],
          post: [
            "/store/carts",
            "/store/carts/:cart_id",
            "/store/carts/:cart_id/line-items",
            "/store/carts/:cart_id/line-items/:id",
            "/store/carts/:cart_id/shipping-methods",
            "/store/carts/:cart_id/promotions",
            "/store/carts/:cart_id/complete",
            "/store/payment-collections",
            "/store/payment-collections/:id/payment-sessions",
            "/store/shipping-options/:id/calculate",
            "/store/order-lookup",
            "/store/orders/:id/returns",
            "/store/returns",
            "/store/routines",
            "/store/carts/:cart_id/line-items/batch",
            "/store/carts/:cart_id/shipping-method",
            "/store/carts/:cart_id/checkout",
            "/store/new-carts",
            "/store/back-in-stock",
            "/store/alerts/confirm",
            "/store/alerts/unsubscribe",
            "/store/refill-reminders/cart-items",
            "/store/orders/:id/refill-reminder",
          ],
          delete: [
            "/store/carts/:cart_id/line-items/:id",
            "/store/carts/:cart_id/promotions",
            "/store/orders/:id/refill-reminder",
          ],
        },
        real
      )
      const outcomes = await inBatches(requests, 6, (request) => send(backend(), request))
      expect(outcomes.length).toBeGreaterThanOrEqual(500)
      expect(problems(outcomes)).toEqual([])
    },
    CORPUS_TIMEOUT
  )

  it(
    "a shopper's own routes and the log-in, registration and reset routes refuse hostile input with 4xx",
    async () => {
      const requests = corpus(
        {
          get: [
            "/store/customers/me",
            "/store/customers/me/addresses",
            "/store/customers/me/order-states",
            "/store/orders",
          ],
          post: [
            "/store/customers/me",
            "/store/customers/me/addresses",
            "/store/customers/me/addresses/:id",
            "/store/products/:product_id/reviews",
          ],
        },
        real
      )
      const outcomes = await inBatches(requests, 6, (request) =>
        send(
          backend(() => ({ authorization: `Bearer ${customerToken}` })),
          request
        )
      )
      const auth = corpus(
        {
          post: [
            "/auth/customer/emailpass",
            "/auth/customer/emailpass/register",
            "/auth/customer/emailpass/reset-password",
            "/auth/user/emailpass",
            "/auth/user/emailpass/reset-password",
            "/auth/:id/emailpass",
          ],
        },
        real
      )
      outcomes.push(...(await inBatches(auth, 6, (request) => send(backend(), request))))
      expect(outcomes.length).toBeGreaterThanOrEqual(200)
      expect(problems(outcomes)).toEqual([])
    },
    CORPUS_TIMEOUT
  )

  it(
    "the admin, webhooks and uploads answer hostile input from staff with 4xx, never 5xx",
    async () => {
      const requests = corpus(
        {
          get: [
            "/admin/products",
            "/admin/products/:product_id",
            "/admin/orders",
            "/admin/orders/:id",
            "/admin/customers",
            "/admin/guides/:handle",
            "/admin/dashboard/summary",
            "/admin/low-stock",
            "/admin/reviews",
            "/admin/stock-alerts/waiting",
            "/admin/inventory-items/:id",
            "/uploads/:id",
          ],
          // Only ids that do not exist: a hostile body that got through must not change the store.
          post: [
            "/admin/products/:id/skincare",
            "/admin/inventory-items/:id/low-stock-threshold",
            "/admin/guides/:id/sections/:id",
            "/admin/orders/:id/fulfillments/:id/shipments",
            "/admin/reviews/:id/approve",
            "/admin/reviews/:id/reject",
            "/admin/reviews/:id/reply",
            "/hooks/payment/:id",
          ],
        },
        { id: "nothing_here_01" }
      )
      const outcomes = await inBatches(requests, 6, (request) =>
        send(
          backend(() => ({ authorization: `Bearer ${staffToken}` })),
          request
        )
      )
      expect(outcomes.length).toBeGreaterThanOrEqual(300)
      expect(problems(outcomes)).toEqual([])
    },
    CORPUS_TIMEOUT
  )

  it(
    "the storefront's API routes, pages and server actions answer hostile input without a 5xx",
    async () => {
      const storefront: Target = {
        base: stack.storefrontUrl,
        headers: () => ({ "x-forwarded-for": ownClient()["x-client-ip"] }),
      }
      const requests = corpus(
        {
          get: [
            "/api/cart",
            "/api/cart?view=lines",
            "/api/search?store=de&q=cream",
            "/api/region/:country",
            "/de/products/:handle",
            "/de/guide/:handle",
            "/de/shop",
            "/de/order/:id",
          ],
          post: ["/api/revalidate"],
        },
        { country: "de", handle: real.handle, id: "order_nothing_here" },
        { pages: true }
      )
      // A storefront page posted with a made-up server action id, with and without a body.
      for (const page of ["/de", "/de/account/login", "/de/cart", "/de/order/lookup", "/de/checkout"]) {
        for (const action of ["garbage", "0".repeat(42), "%ZZ", "x".repeat(5000)]) {
          for (const body of ["[]", '{"a":', "x".repeat(200_000)]) {
            requests.push({
              method: "POST",
              path: page,
              label: `Next-Action ${preview(action)}, body ${preview(body)}`,
              malformed: false,
              headers: { "next-action": action, "content-type": "text/plain;charset=UTF-8" },
              body,
            })
          }
        }
      }
      requests.push(...(await serverActionForms(storefront)))
      const outcomes = await inBatches(requests, 4, (request) => send(storefront, request))
      expect(outcomes.length).toBeGreaterThanOrEqual(150)
      expect(problems(outcomes)).toEqual([])
    },
    CORPUS_TIMEOUT
  )
})

const HOSTILE_FIELDS = [
  "\u0000",
  "a\u001b[2Jb",
  "x".repeat(20_000),
  "%ZZ",
  "-1",
  "1e400",
  "<script>alert(1)</script>",
  "",
]

/**
 * The storefront's forms as a browser without JavaScript posts them: the page's hidden action
 * fields, with every visible field set to a hostile value.
 */
async function serverActionForms(storefront: Target): Promise<Hostile[]> {
  const requests: Hostile[] = []
  for (const page of ["/de/account/login", "/de/order/lookup", "/de/account/reset-password"]) {
    const html = await (await fetch(`${storefront.base}${page}`, { headers: storefront.headers() })).text()
    const forms = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((match) => match[0])
    expect(forms.length, `${page} has a form`).toBeGreaterThan(0)
    for (const form of forms) {
      const inputs = [...form.matchAll(/<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"[^>]*>/g)]
      const hidden = inputs.filter((input) => /type="hidden"/.test(input[0]))
      const visible = inputs.filter((input) => !/type="hidden"/.test(input[0])).map((input) => input[1])
      for (const value of HOSTILE_FIELDS) {
        const data = new FormData()
        for (const input of hidden) {
          data.append(input[1], decodeEntities(/\bvalue="([^"]*)"/.exec(input[0])?.[1] ?? ""))
        }
        for (const name of visible) data.append(name, value)
        requests.push({
          method: "POST",
          path: page,
          label: `form fields = ${preview(value)}`,
          malformed: false,
          body: data,
        })
      }
    }
  }
  return requests
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
}
