// Faults survived, nothing lost (issue 12): the backend killed with SIGKILL at fixed points of
// checkout, and PostgreSQL restarted under the running backend. The test runs a store of its own
// (an embedded PostgreSQL on a free port, its own backend without Redis), never the suite's
// servers nor the machine's PostgreSQL; the Store API helpers are pointed at it while it runs.
import { mkdtemp, readFile, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { CrashPoint } from "../../backend/src/lib/runtime-config"
import {
  backendEnvironment,
  type EmbeddedPostgres,
  ensureDatabase,
  freePort,
  prepareDatabase,
  readPublishableKey,
  type Service,
  startBackend,
  startEmbeddedPostgres,
  stopService,
  withDatabase,
} from "../support/scripts-lib"
import { store } from "../support/api"
import { addItem, checkout, newCart } from "../support/checkout"
import { waitForMail } from "../support/mail"
import { confirmInBrowser, payWithStripe } from "../support/stripe"

let workDir: string
let postgres: EmbeddedPostgres
let postgresPort: number
let databaseUrl: string
let env: Record<string, string>
let backend: Service | undefined
let db: pg.Client
const suiteEnv = { ...process.env }

const backendLog = () => path.join(workDir, "backend.log")
let starts = 0
/** Every backend this file started: all are stopped at the end, even after a test timed out. */
const started: Service[] = []

/**
 * Starts the backend (with CRASH_AT, to be killed) and waits until its on-start reconciliation
 * has looked at what earlier processes left (one log line per start).
 */
async function startStore(crashAt?: CrashPoint) {
  backend = await startBackend({ ...env, CRASH_AT: crashAt ?? "" }, backendLog())
  started.push(backend)
  starts += 1
  const deadline = Date.now() + 60_000
  while ((await logMatches(/reconcile-checkouts: looked at \d+ checkout/g)).length < starts) {
    if (Date.now() > deadline) {
      throw new Error(`the backend's on-start reconciliation did not run; see ${backendLog()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function logMatches(pattern: RegExp): Promise<RegExpMatchArray[]> {
  return [...(await readFile(backendLog(), "utf8").catch(() => "")).matchAll(pattern)]
}

function exitOf(service: Service): Promise<string | null> {
  return new Promise((resolve) => {
    if (service.exited) {
      resolve(service.child.signalCode)
    } else {
      service.child.once("exit", (_code, signal) => resolve(signal))
    }
  })
}

async function variantId(): Promise<string> {
  const { body } = await store("/store/products?fields=id,variants.id,type.value&limit=20")
  const product = body.products.find((p: { type?: { value: string } }) => p.type?.value !== "Bundle")
  return product.variants[0].id
}

async function rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await db.query(sql, params)).rows as T[]
}

/** What a cart became: its orders, their payments and reservations, and the cart's own state. */
async function checkoutState(cartId: string) {
  const orders = await rows<{ id: string; status: string }>(
    `select o.id, o.status from order_cart oc join "order" o on o.id = oc.order_id
      where oc.cart_id = $1 and oc.deleted_at is null`,
    [cartId]
  )
  const payments = await rows<{ id: string; canceled_at: Date | null }>(
    `select p.id, p.canceled_at from cart_payment_collection cpc join payment p
       on p.payment_collection_id = cpc.payment_collection_id
      where cpc.cart_id = $1 and cpc.deleted_at is null and p.deleted_at is null`,
    [cartId]
  )
  const [cart] = await rows<{ completed_at: Date | null }>("select completed_at from cart where id = $1", [cartId])
  const items = await rows<{ id: string; quantity: string; reserved: string | null }>(
    `select li.id, oi.quantity,
            (select sum(r.quantity) from reservation_item r where r.line_item_id = li.id and r.deleted_at is null) as reserved
       from order_cart oc join order_item oi on oi.order_id = oc.order_id and oi.deleted_at is null
       join order_line_item li on li.id = oi.item_id
      where oc.cart_id = $1 and oc.deleted_at is null`,
    [cartId]
  )
  return { orders, payments, completedAt: cart?.completed_at ?? null, items }
}

/** What the reconciliation said it did to a cart, run after run. */
async function settlements(cartId: string): Promise<string[]> {
  return (await logMatches(new RegExp(`reconcile-checkouts: cart ${cartId} (\\w+)`, "g"))).map((match) => match[1])
}

/** Store-wide: authorised payments without an order, reservations without a live order, open completions. */
async function leftovers() {
  const orphanPayments = await rows(
    `select p.id from payment p
      where p.canceled_at is null and p.deleted_at is null
        and not exists (select 1 from order_payment_collection opc
                         where opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null)`
  )
  const orphanReservations = await rows(
    `select r.id from reservation_item r
      where r.deleted_at is null and r.line_item_id is not null
        and not exists (select 1 from order_item oi join "order" o on o.id = oi.order_id
                         where oi.item_id = r.line_item_id and o.status <> 'canceled' and oi.deleted_at is null)`
  )
  const openCompletions = await rows(
    `select id from workflow_execution
      where workflow_id = 'complete-cart' and deleted_at is null and state not in ('done', 'failed', 'reverted')`
  )
  return { orphanPayments, orphanReservations, openCompletions }
}

/**
 * Checks out a fresh cart on a backend started with CRASH_AT: the completion request dies with
 * it. `pay` sets address, shipping and payment and completes (the system provider by default).
 */
async function checkoutUntilKilled(point: CrashPoint, pay: (cartId: string) => Promise<unknown> = checkout) {
  if (backend && !backend.exited) {
    await stopService(backend)
  }
  await startStore(point)
  const email = `crash.${point}.${Date.now().toString(36)}@example.test`
  const cart = await newCart("Europe", email)
  await addItem(cart.id, await variantId(), 2)
  const exited = exitOf(backend!)
  await expect(pay(cart.id)).rejects.toThrow()
  expect(await exited).toBe("SIGKILL")
  return { cartId: cart.id, email }
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "lcl-faults-"))
  postgresPort = await freePort()
  postgres = await startEmbeddedPostgres({ dataDir: workDir, port: postgresPort })
  databaseUrl = withDatabase(postgres.url, "lcl_faults")
  await ensureDatabase(databaseUrl)
  const backendPort = await freePort()
  env = backendEnvironment({
    databaseUrl,
    backendPort,
    storefrontUrl: "http://localhost:9",
    dataDir: workDir,
    // Its own addresses and folders, not the suite's (backendEnvironment starts from process.env).
    // Without Redis: locks, events and workflow state live in the process and die with it.
    extra: {
      MEDUSA_BACKEND_URL: `http://localhost:${backendPort}`,
      UPLOAD_DIR: path.join(workDir, "uploads"),
      MAIL_DIR: path.join(workDir, "mail"),
      REDIS_URL: "",
      MEDUSA_WORKER_MODE: "shared",
    },
  })
  await prepareDatabase(env, path.join(workDir, "setup.log"))
  process.env.LCL_BACKEND_URL = env.MEDUSA_BACKEND_URL
  process.env.LCL_PUBLISHABLE_KEY = await readPublishableKey(env)
  db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
}, 300_000)

afterAll(async () => {
  process.env.LCL_BACKEND_URL = suiteEnv.LCL_BACKEND_URL
  process.env.LCL_PUBLISHABLE_KEY = suiteEnv.LCL_PUBLISHABLE_KEY
  await db?.end().catch(() => {})
  await Promise.all(started.map((service) => stopService(service)))
  await postgres?.stop().catch(() => {})
  await rm(workDir, { recursive: true, force: true })
})

describe("the backend killed with SIGKILL during checkout", () => {
  it("finishes an order whose completion died before the payment was authorised, and one that died after", async () => {
    // 1. Killed during completion: order, reservations and completed_at written, payment not authorised.
    const during = await checkoutUntilKilled("during-completion")
    const half = await checkoutState(during.cartId)
    expect(half.orders).toHaveLength(1)
    expect(half.payments).toEqual([])
    expect(half.completedAt).not.toBeNull()
    expect((await leftovers()).openCompletions.length).toBeGreaterThan(0)

    // 2. Started again (reconciled on start), this time to be killed after authorisation.
    const after = await checkoutUntilKilled("after-authorize")
    const settled = await checkoutState(during.cartId)
    expect(settled.orders).toEqual([{ id: half.orders[0].id, status: "pending" }])
    expect(settled.payments).toEqual([{ id: expect.any(String), canceled_at: null }])
    expect(settled.items.map((item) => Number(item.reserved))).toEqual(
      settled.items.map((item) => Number(item.quantity))
    )
    const paidHalf = await checkoutState(after.cartId)
    expect(paidHalf.orders).toHaveLength(1)
    expect(paidHalf.payments).toHaveLength(1)

    // 3. Started again without faults.
    await startStore()
    for (const { cartId, email } of [during, after]) {
      const state = await checkoutState(cartId)
      expect(state.orders).toHaveLength(1)
      expect(state.orders[0].status).toBe("pending")
      expect(state.payments).toEqual([{ id: expect.any(String), canceled_at: null }])
      expect(state.items.length).toBeGreaterThan(0)
      expect(state.items.map((item) => Number(item.reserved))).toEqual(state.items.map((item) => Number(item.quantity)))
      // Completing again answers the same order; the confirmation the crash cut off was sent.
      const again = await store(`/store/carts/${cartId}/complete`, { body: {} })
      expect(again.body.type).toBe("order")
      expect(again.body.order.id).toBe(state.orders[0].id)
      await waitForMail({ to: email, subject: "Your LACREMELUXE order" })
    }
    expect(await leftovers()).toEqual({ orphanPayments: [], orphanReservations: [], openCompletions: [] })
    // Settled once each, by the start after its crash: a settled cart is not found again.
    expect(await settlements(during.cartId)).toEqual(["finished"])
    expect(await settlements(after.cartId)).toEqual(["finished"])
  }, 480_000)
})

describe("a payment the provider refuses after the crash", () => {
  it("releases the half order and leaves the cart completable", async () => {
    let payment: Awaited<ReturnType<typeof payWithStripe>> | undefined
    // A Stripe payment the shopper has not confirmed yet: completion dies before authorising it.
    const { cartId } = await checkoutUntilKilled("during-completion", async (id) => {
      payment = await payWithStripe(id)
      return store(`/store/carts/${id}/complete`, { body: {} })
    })
    const [halfOrder] = (await checkoutState(cartId)).orders
    expect(halfOrder.status).toBe("pending")

    // Started again: Stripe refuses the unconfirmed intent, so the order is released.
    await startStore()
    const released = await checkoutState(cartId)
    expect(released.orders).toEqual([])
    expect(released.completedAt).toBeNull()
    expect(released.payments).toEqual([])
    expect(await rows('select status from "order" where id = $1', [halfOrder.id])).toEqual([{ status: "canceled" }])
    expect(await settlements(cartId)).toEqual(["released"])

    // Still completable: the shopper confirms and completes, and gets one order with its stock.
    await confirmInBrowser(payment!.clientSecret, "pm_card_visa")
    const placed = await store(`/store/carts/${cartId}/complete`, { body: {} })
    expect(placed.body.type).toBe("order")
    expect(placed.body.order.id).not.toBe(halfOrder.id)
    const state = await checkoutState(cartId)
    expect(state.orders).toEqual([{ id: placed.body.order.id, status: "pending" }])
    expect(state.items.map((item) => Number(item.reserved))).toEqual(state.items.map((item) => Number(item.quantity)))
    expect(await leftovers()).toEqual({ orphanPayments: [], orphanReservations: [], openCompletions: [] })
  }, 300_000)
})

describe("PostgreSQL restarted under the running backend", () => {
  it("keeps the backend running and serves again once the database is back, without a restart of its own", async () => {
    if (!backend || backend.exited) {
      await startStore()
    }
    const pid = backend!.child.pid
    expect((await store("/store/regions")).status).toBe(200)

    await db.end()
    await postgres.stop()
    // The server itself still answers while its database is down.
    expect((await fetch(`${env.MEDUSA_BACKEND_URL}/health`)).status).toBe(200)
    // A cart created while the database is down: Medusa waits for a connection (up to knex's
    // 60 s) instead of failing at once, so the request outlives a short outage.
    let databaseBack = false
    let answeredWhileDown = false
    const created = newCart().finally(() => (answeredWhileDown = !databaseBack))
    postgres = await startEmbeddedPostgres({ dataDir: workDir, port: postgresPort })
    databaseBack = true
    db = new pg.Client({ connectionString: databaseUrl })
    await db.connect()
    const cart = await created
    expect(answeredWhileDown).toBe(false)
    expect(await rows("select id from cart where id = $1", [cart.id])).toEqual([{ id: cart.id }])

    // Connections the restart cut are replaced: reads and writes work again.
    const regions = await store("/store/regions")
    expect(regions.status).toBe(200)
    expect(regions.body.regions.length).toBeGreaterThan(0)
    const another = await newCart()
    expect(another.id).not.toBe(cart.id)
    expect(backend!.exited).toBe(false)
    expect(backend!.child.pid).toBe(pid)
  }, 120_000)
})
