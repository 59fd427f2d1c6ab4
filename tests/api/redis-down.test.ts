import { spawn, type ChildProcess } from "node:child_process"
import { readFile } from "node:fs/promises"
import http from "node:http"
import net from "node:net"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { DEFAULT_LOCALE, newCartBody } from "@lacremeluxe/shared"
import { regionByName, store } from "../support/api"
import { addItem, checkout, germanAddress, newCart, postalCodePriceList } from "../support/checkout"
import { eventually, freePort, startStore, type RunningStore } from "../support/npm-start"

// A store of this file's own (npm start: embedded PostgreSQL) with REDIS_URL pointing at a
// redis-server this file starts, stops and starts again on the same port.
let running: RunningStore
let redisPort: number
let redis: { child: ChildProcess; exited: Promise<void> } | undefined

async function startRedis() {
  const child = spawn("redis-server", ["--port", String(redisPort), "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  })
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()))
  redis = { child, exited }
  await eventually(
    "redis-server listens",
    () =>
      new Promise<boolean>((resolve) => {
        const probe = net.connect(redisPort, "127.0.0.1")
        probe.once("connect", () => (probe.destroy(), resolve(true)))
        probe.once("error", () => resolve(false))
      }),
    10_000,
    100
  )
}

async function stopRedis() {
  redis?.child.kill("SIGKILL")
  await redis?.exited
  redis = undefined
}

beforeAll(async () => {
  redisPort = await freePort()
  await startRedis()
  running = await startStore({ REDIS_URL: `redis://127.0.0.1:${redisPort}/0` })
  // The suite's helpers (store(), newCart(), checkout()) talk to this file's store.
  process.env.LCL_BACKEND_URL = running.backendUrl
  process.env.LCL_PUBLISHABLE_KEY = (await readFile(path.join(running.dataDir, "publishable-key"), "utf8")).trim()
}, 420_000)

afterAll(async () => {
  await running?.stop()
  await running?.remove()
  await stopRedis()
})

/** A Store API call that must answer within `ms`: a hang fails the test instead of stalling it. */
async function within<T>(ms: number, call: () => Promise<T>): Promise<T> {
  const started = Date.now()
  const answer = await call()
  expect(Date.now() - started).toBeLessThan(ms)
  return answer
}

async function aVariant() {
  const region = await regionByName("Europe")
  const { body } = await store(`/store/products?region_id=${region.id}&fields=id,*variants.calculated_price&limit=1`)
  const [variant] = body.products[0].variants
  return { region, variantId: variant.id as string, price: variant.calculated_price.calculated_amount as number }
}

/**
 * A Store API call on a connection of its own: the cluster's server processes take connections
 * in turn, so consecutive calls reach both (fetch would keep one connection, so one process).
 */
function storeOnNewConnection(route: string, body?: unknown): Promise<any> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${running.backendUrl}${route}`,
      {
        method: body === undefined ? "GET" : "POST",
        agent: false,
        headers: { "content-type": "application/json", "x-publishable-api-key": process.env.LCL_PUBLISHABLE_KEY },
      },
      (response) => {
        let text = ""
        response.on("data", (chunk) => (text += chunk))
        response.on("end", () => resolve(JSON.parse(text)))
      }
    )
    request.on("error", reject)
    request.end(body === undefined ? undefined : JSON.stringify(body))
  })
}

describe("several server processes (REDIS_URL: cluster mode)", () => {
  it("price a cart by a price list staff just created, whichever process takes the checkout", async () => {
    const { region, variantId, price } = await aVariant()
    /** A cart with the variant, checked out to Leipzig; the item's unit price at checkout. */
    async function checkoutToLeipzig(): Promise<number> {
      const { cart } = await storeOnNewConnection(
        "/store/carts",
        newCartBody({
          region_id: region.id,
          country_code: "de",
          locale: DEFAULT_LOCALE,
          items: [{ variant_id: variantId, quantity: 1 }],
        })
      )
      const { shipping_options } = await storeOnNewConnection(`/store/shipping-options?cart_id=${cart.id}`)
      const answer = await storeOnNewConnection(`/store/carts/${cart.id}/checkout?fields=items.unit_price`, {
        email: `cluster.${Date.now()}@example.test`,
        shipping_address: germanAddress,
        shipping_option_id: shipping_options[0].id,
        provider_id: "pp_system_default",
      })
      return answer.cart.items[0].unit_price
    }
    // Both processes price carts first (each reads the attributes rules use then).
    const usual = await checkoutToLeipzig()
    expect(usual, "the catalog's price before the price list").toBe(price)
    for (let i = 0; i < 3; i++) {
      expect(await checkoutToLeipzig()).toBe(usual)
    }

    const leipzigPrice = Math.round(usual * 0.8 * 100) / 100
    const priceList = await postalCodePriceList(variantId, leipzigPrice, germanAddress.postal_code)
    try {
      // Within seconds, four checkouts in a row (two on each process) all get the new price.
      await eventually(
        "every process prices by the new price list",
        async () => {
          const prices = []
          for (let i = 0; i < 4; i++) {
            prices.push(await checkoutToLeipzig())
          }
          return prices.every((price) => price === leipzigPrice)
        },
        30_000,
        1_000
      )
    } finally {
      await priceList.remove()
    }
  }, 120_000)
})

describe("Redis unreachable while REDIS_URL is set", () => {
  it("keeps browsing, refuses changes with a 503 sentence at once, and checks out again when Redis is back", async () => {
    const { region, variantId } = await aVariant()
    const before = await newCart()
    expect((await addItem(before.id, variantId)).status).toBe(200)
    const placed = await checkout(before.id)
    expect(placed.body.type, "checkout with Redis").toBe("order")
    const cart = await newCart()
    expect((await addItem(cart.id, variantId)).status).toBe(200)

    await stopRedis()

    for (const read of [
      "/store/regions",
      `/store/products?region_id=${region.id}&limit=5`,
      `/store/guides/pore-care?region_id=${region.id}`,
      `/store/catalog?region_id=${region.id}`,
    ]) {
      const { status } = await within(5_000, () => store(read))
      expect(status, read).toBe(200)
    }
    const guidePage = await fetch(`${running.storefrontUrl}/de/guide/pore-care`)
    expect(guidePage.status).toBe(200)

    const refused = await within(5_000, () => store("/store/carts", { body: { region_id: region.id } }))
    expect(refused.status).toBe(503)
    expect(refused.body).toEqual({
      type: "unavailable",
      message:
        "The store cannot save changes just now: one of its services is restarting. Nothing was changed. Please try again in a minute.",
    })
    // A checkout of a cart made before: its steps and the order are refused the same way.
    for (const [step, body] of [
      [`/store/carts/${cart.id}`, { shipping_address: germanAddress, billing_address: germanAddress }],
      [`/store/carts/${cart.id}/complete`, {}],
    ] as const) {
      const answer = await within(5_000, () => store(step, { body }))
      expect(answer.status, step).toBe(503)
      expect(answer.body.type, step).toBe("unavailable")
    }

    await startRedis()

    await eventually(
      "changes are taken again",
      async () => (await store("/store/carts", { body: { region_id: region.id } })).status === 200,
      60_000,
      1_000
    )
    const { status, body } = await checkout(cart.id)
    expect(status).toBe(200)
    expect(body.type).toBe("order")
    const order = body.order
    expect(order.items).toHaveLength(1)
    expect(order.items[0].variant_id).toBe(variantId)
    expect(running.output()).not.toMatch(/stopped unexpectedly/)
  }, 180_000)
})
