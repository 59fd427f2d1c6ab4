// The crowd at checkout (issue 14), imported by bench.mjs: 20 shoppers check out at once through
// the Store API, each with a cart of their own, and the same crowd through Medusa's stock calls on
// the same backend, in the same run. Also: pages while the orders flow, the stock left after
// the crowd (nothing oversold), and the memory of every backend and storefront process.
import { execFileSync } from "node:child_process"
import { readdirSync, readFileSync, readlinkSync } from "node:fs"
import {
  CART_SUMMARY_FIELDS,
  CHECKOUT_PAGE_FIELDS,
  NEW_CART_PATH,
  newCartBody,
  PLACED_ORDER_FIELDS,
} from "@lacremeluxe/shared"
import { startCpuCount } from "./cpu.mjs"

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
const ms = (value) => (value === undefined ? "-" : `${Math.round(value)} ms`)

/**
 * One Store API call with its time; a 4xx/5xx throws with the answer's message. fetch keeps its
 * own pool without a socket limit, so 20 shoppers never queue for a connection on our side.
 */
async function call(url, { method = "GET", headers, body } = {}) {
  const started = performance.now()
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await response.text()
  const elapsed = performance.now() - started
  if (!response.ok) {
    throw new Error(`${method} ${new URL(url).pathname}: ${response.status} ${text.slice(0, 200)}`)
  }
  return { json: text ? JSON.parse(text) : null, ms: elapsed }
}

const ADDRESS = {
  first_name: "Crowd",
  last_name: "Shopper",
  address_1: "Torstraße 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
}

/**
 * The two checkouts, step by step. `stock`: Medusa's own Store API calls, as plain Medusa's
 * checkout makes them (FIELD-NOTES). `ours`: what the storefront's checkout makes: the shipping
 * options the page shows and the cheapest one it preselects (so its summary shows the total),
 * then one `POST /store/carts/:id/checkout` (address, shipping method and payment session in one
 * workflow), then completion.
 */
const FLOWS = {
  stock: [
    [
      "update cart (e-mail, addresses)",
      ({ api, cart, email }) =>
        api(`/store/carts/${cart}`, {
          method: "POST",
          body: { email, shipping_address: ADDRESS, billing_address: ADDRESS },
        }),
    ],
    ["shipping options", ({ api, cart }) => api(`/store/shipping-options?cart_id=${cart}`)],
    [
      "shipping method",
      ({ api, cart, shippingOptionId }) =>
        api(`/store/carts/${cart}/shipping-methods`, { method: "POST", body: { option_id: shippingOptionId } }),
    ],
    [
      "payment collection",
      async ({ api, cart, state }) => {
        const answer = await api(`/store/payment-collections`, { method: "POST", body: { cart_id: cart } })
        state.collection = answer.json.payment_collection.id
        return answer
      },
    ],
    [
      "payment session",
      ({ api, state, providerId }) =>
        api(`/store/payment-collections/${state.collection}/payment-sessions`, {
          method: "POST",
          body: { provider_id: providerId },
        }),
    ],
  ],
  ours: [
    ["shipping options", ({ api, cart }) => api(`/store/shipping-options?cart_id=${cart}`)],
    [
      "shipping method (page)",
      ({ api, cart, shippingOptionId }) =>
        api(`/store/carts/${cart}/shipping-method?fields=${CHECKOUT_PAGE_FIELDS}`, {
          method: "POST",
          body: { shipping_option_id: shippingOptionId },
        }),
    ],
    [
      "checkout (one call)",
      ({ api, cart, email, shippingOptionId, providerId }) =>
        api(`/store/carts/${cart}/checkout?fields=id`, {
          method: "POST",
          body: {
            email,
            shipping_address: ADDRESS,
            billing_address: ADDRESS,
            shipping_option_id: shippingOptionId,
            provider_id: providerId,
          },
        }),
    ],
  ],
}

/**
 * How each flow gets a cart with its set. `stock`: create the cart, then add the set (two cart
 * refreshes). `ours`: what the storefront does for a shopper without a cart — `POST /store/new-carts`
 * with the set in `items` (one call, one refresh).
 */
const CART_STEPS = {
  stock: [
    [
      "create cart",
      async ({ api, regionId, state }) => {
        const answer = await api(`/store/carts`, { method: "POST", body: { region_id: regionId } })
        state.cart = answer.json.cart.id
        return answer
      },
    ],
    [
      "add set",
      ({ api, state, setVariant }) =>
        api(`/store/carts/${state.cart}/line-items`, {
          method: "POST",
          body: { variant_id: setVariant, quantity: 1 },
        }),
    ],
  ],
  ours: [
    [
      "create cart with set",
      async ({ api, regionId, setVariant, state }) => {
        const answer = await api(`${NEW_CART_PATH}?fields=${CART_SUMMARY_FIELDS}`, {
          method: "POST",
          body: newCartBody({
            region_id: regionId,
            country_code: ADDRESS.country_code,
            locale: "de-DE",
            items: [{ variant_id: setVariant, quantity: 1 }],
          }),
        })
        state.cart = answer.json.cart.id
        return answer
      },
    ],
  ],
}

/** One shopper's whole checkout: cart with a set, the flow's steps, completion. Times per step. */
async function shopper({ api, flow, regionId, setVariant, shippingOptionId, providerId, email }) {
  const times = {}
  const state = {}
  const timed = async (name, step) => {
    const answer = await step()
    times[name] = answer.ms
    return answer
  }
  const started = performance.now()
  for (const [name, step] of CART_STEPS[flow]) {
    await timed(name, () => step({ api, regionId, setVariant, state }))
  }
  const cart = state.cart
  for (const [name, step] of FLOWS[flow]) {
    await timed(name, () => step({ api, cart, email, shippingOptionId, providerId, state }))
  }
  // What each storefront asks back: Medusa's default answer (the whole order), or ours (its id).
  const answer = flow === "ours" ? `?fields=${PLACED_ORDER_FIELDS}` : ""
  const completion = await timed("complete", () =>
    api(`/store/carts/${cart}/complete${answer}`, { method: "POST", body: {} })
  )
  if (completion.json.type !== "order") {
    throw new Error(`complete: no order (${completion.json.error?.message ?? "unknown"})`)
  }
  return { times, whole: performance.now() - started, setVariant }
}

/** `shoppers` shoppers start at once; answers the per-step times, errors and orders per second. */
async function crowd(context, flow, shoppers, label) {
  const stopCpuCount = shoppers > 1 && context.countCpu ? await context.countCpu() : null
  const started = performance.now()
  const results = await Promise.allSettled(
    Array.from({ length: shoppers }, (_, index) =>
      shopper({
        ...context,
        flow,
        setVariant: context.setVariants[index % context.setVariants.length],
        email: `crowd-${flow}-${Date.now()}-${index}@example.test`,
      })
    )
  )
  const seconds = (performance.now() - started) / 1000
  const cpu = stopCpuCount ? await stopCpuCount() : null
  const done = results.filter((r) => r.status === "fulfilled").map((r) => r.value)
  const errors = results.filter((r) => r.status === "rejected").map((r) => r.reason.message)
  const steps = [...CART_STEPS[flow], ...FLOWS[flow]].map(([name]) => name).concat("complete")
  const stat = (values) => {
    const sorted = [...values].sort((a, b) => a - b)
    return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) }
  }
  const perStep = steps.map((name) => [name, stat(done.map((d) => d.times[name]))])
  const whole = stat(done.map((d) => d.whole))
  const row = {
    label,
    flow,
    shoppers,
    orders: done.length,
    ordersPerSecond: done.length / seconds,
    whole,
    completion: stat(done.map((d) => d.times.complete)),
    errors,
    sold: done.map((d) => d.setVariant),
    cpuPerOrder: cpu && done.length ? (cpu.backend + cpu.postgres) / done.length : null,
  }
  console.log(
    `${label.padEnd(44)} ${row.ordersPerSecond.toFixed(2).padStart(5)} orders/s   whole p50 ${ms(whole.p50)}, p95 ${ms(whole.p95)}   completion p95 ${ms(row.completion.p95)}   (${done.length} orders, ${errors.length} errors)`
  )
  console.log(
    shoppers > 1
      ? `  per step (p50 / p95): ${perStep.map(([name, s]) => `${name} ${ms(s.p50)} / ${ms(s.p95)}`).join("; ")}`
      : `  per step: ${perStep.map(([name, s]) => `${name} ${ms(s.p50)}`).join("; ")}`
  )
  if (cpu) {
    const each = (seconds) => (done.length ? `${(seconds / done.length).toFixed(2)} s` : "-")
    console.log(
      `  CPU per order: ${each(cpu.backend + cpu.postgres)} (backend processes ${each(cpu.backend)}` +
        `${context.databaseUrl ? `, PostgreSQL ${each(cpu.postgres)}` : "; PostgreSQL not counted: no DATABASE_URL"})`
    )
  }
  for (const error of [...new Set(errors)].slice(0, 3)) {
    console.log(`  error: ${error}`)
  }
  return row
}

/**
 * What each set's components have available (stocked − reserved) at the warehouse, through the
 * Admin API; an order reserves each component of a set (inventory kit).
 */
async function availability(admin, setVariants) {
  const { json } = await admin(
    `/admin/product-variants?id[]=${setVariants.join("&id[]=")}&fields=id,inventory_items.inventory_item_id,inventory_items.required_quantity&limit=50`
  )
  const items = await admin(`/admin/inventory-items?fields=id,sku,stocked_quantity,reserved_quantity&limit=500`)
  const available = new Map(items.json.inventory_items.map((i) => [i.id, i.stocked_quantity - i.reserved_quantity]))
  const kits = new Map(
    json.variants.map((v) => [v.id, v.inventory_items.map((i) => [i.inventory_item_id, i.required_quantity])])
  )
  return { available, kits }
}

/** Every component's availability went down by exactly what the orders took, and none below 0. */
function oversoldReport(before, after, soldVariants) {
  const expected = new Map(before.available)
  for (const variant of soldVariants) {
    for (const [item, quantity] of before.kits.get(variant) ?? []) {
      expected.set(item, expected.get(item) - quantity)
    }
  }
  const touched = new Set([...before.kits.values()].flatMap((kit) => kit.map(([item]) => item)))
  const wrong = [...touched].filter((item) => after.available.get(item) !== expected.get(item))
  const negative = [...touched].filter((item) => after.available.get(item) < 0)
  return `stock after the crowd: ${wrong.length ? `${wrong.length} components differ from before − sold` : "each component = before − sold"}; ${negative.length} below zero (oversold: ${negative.length ? "YES" : "0"})`
}

function isNode(pid) {
  try {
    return /node/.test(readFileSync(`/proc/${pid}/comm`, "utf8"))
  } catch {
    return false
  }
}

/** The DATABASE_URL a process was started with, or null. */
function databaseOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/environ`, "utf8").match(/(?:^|\0)DATABASE_URL=([^\0]*)/)?.[1] ?? null
  } catch {
    return null
  }
}

/** The working directory of a process, or null. */
function cwdOf(pid) {
  try {
    return readlinkSync(`/proc/${pid}/cwd`)
  } catch {
    return null
  }
}

/**
 * Node processes listening on `port`, everything they started (cluster servers, Next), and the
 * processes started from the same folder (the backend's worker, on a port of its own).
 */
function processTree(port) {
  let listeners = []
  try {
    const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" })
    listeners = [...out.matchAll(/pid=(\d+)/g)].map((m) => Number(m[1]))
  } catch {
    return []
  }
  const children = (pid) => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number)
    } catch {
      return []
    }
  }
  const all = new Set()
  const visit = (pid) => {
    if (all.has(pid)) return
    all.add(pid)
    children(pid).forEach(visit)
  }
  listeners.forEach(visit)
  // Same folder and same database: another store started from this checkout (npm test) is not ours.
  const folders = new Set(listeners.map(cwdOf).filter(Boolean))
  const databases = new Set(listeners.map(databaseOf))
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    const pid = Number(entry)
    if (!all.has(pid) && folders.has(cwdOf(pid)) && isNode(pid) && databases.has(databaseOf(pid))) {
      visit(pid)
    }
  }
  return [...all].flatMap((pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8")
      const rssKb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0)
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim()
      const mode = readFileSync(`/proc/${pid}/environ`, "utf8").match(/MEDUSA_WORKER_MODE=(\w+)/)?.[1]
      return rssKb ? [{ pid, rssMb: rssKb / 1024, cmdline, mode }] : []
    } catch {
      return []
    }
  })
}

function memoryReport(label, backendPort, storefrontPort) {
  const describe = (processes) =>
    processes.map((p) => `${p.pid}${p.mode ? ` (${p.mode})` : ""} ${p.rssMb.toFixed(0)} MB`).join(", ") || "not found"
  const backend = processTree(backendPort)
  const storefront = processTree(storefrontPort)
  console.log(`  RSS ${label}: backend ${describe(backend)}; storefront ${describe(storefront)}`)
  return { backend, storefront }
}

/**
 * Pages while the orders flow: static file, guide and product page in turns of one second for as
 * long as `busy` runs, so each gets the same share of the machine; answers req/s for each.
 */
async function pagesDuring(busy, { request, storefront, connections, staticPath }) {
  const targets = [
    [`static file`, staticPath],
    ["guide page", "/de/guide/pore-care"],
    ["product page", "/de/products/cleanse-set"],
  ]
  const tally = new Map(targets.map(([name]) => [name, { ok: 0, errors: 0, seconds: 0 }]))
  let finished = false
  const result = busy.finally(() => {
    finished = true
  })
  for (let turn = 0; !finished; turn++) {
    const [name, path] = targets[turn % targets.length]
    const entry = tally.get(name)
    const started = performance.now()
    const until = Date.now() + 1000
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (Date.now() < until) {
          const answer = await request(`${storefront}${path}`).catch(() => ({ status: 599 }))
          if (answer.status < 400) {
            entry.ok++
          } else {
            entry.errors++
          }
        }
      })
    )
    entry.seconds += (performance.now() - started) / 1000
  }
  await result
  const rate = (name) => tally.get(name).ok / Math.max(tally.get(name).seconds, 0.001)
  const staticRate = rate("static file")
  console.log(
    `Pages while 20 shoppers check out (${connections} connections, in turns): ` +
      targets
        .map(
          ([name]) =>
            `${name} ${Math.round(rate(name))} req/s${name === "static file" ? "" : ` (${Math.round((rate(name) / staticRate) * 100)}%)`}`
        )
        .join(", ") +
      ` — target: guide and product ≥ 80% of the static file; errors ${[...tally.values()].reduce((n, t) => n + t.errors, 0)}`
  )
  return result
}

async function staffToken(backend) {
  const { json } = await call(`${backend}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: {
      email: process.env.ADMIN_EMAIL ?? "admin@lacremeluxe.test",
      password: process.env.ADMIN_PASSWORD ?? "lacremeluxe-admin",
    },
  })
  return json.token
}

/**
 * The whole crowd section of the bench. One shopper alone each way, then each flow's first crowd
 * after the start (`warmUp` shoppers, printed, not counted), then `runs` crowd runs of our checkout
 * and of the stock calls, alternating which goes first (memory after each), one shopper alone
 * each way again, and pages while orders flow.
 */
export async function crowdBench({
  backend,
  storefront,
  publishableKey,
  request,
  connections,
  shoppers = 20,
  runs = 1,
  warmUp = shoppers,
  only = null,
  pages = true,
  databaseUrl = null,
}) {
  const headers = { "content-type": "application/json", "x-publishable-api-key": publishableKey }
  const api = (path, options = {}) => call(`${backend}${path}`, { ...options, headers })
  const token = await staffToken(backend)
  const admin = (path) => call(`${backend}${path}`, { headers: { authorization: `Bearer ${token}` } })

  const { json: regions } = await api(`/store/regions?fields=id,name`)
  const regionId = regions.regions.find((r) => r.name === "Europe").id
  const { json: guide } = await api(`/store/guides/pore-care?region_id=${regionId}`)
  const setVariants = guide.guide.sections.flatMap((s) => (s.bundle?.in_stock ? [s.bundle.variant_id] : []))
  const { json: providers } = await api(`/store/payment-providers?region_id=${regionId}`)
  const providerId = providers.payment_providers.find((p) => p.id === "pp_system_default")?.id
  // The option every shopper picks: the first one a German address gets (as the checkout page shows).
  const probe = (
    await api(`/store/carts`, { method: "POST", body: { region_id: regionId, shipping_address: ADDRESS } })
  ).json.cart.id
  const { json: options } = await api(`/store/shipping-options?cart_id=${probe}`)
  const shippingOptionId = options.shipping_options[0].id
  const ourRoute = await api(`/store/carts/${probe}/checkout`, { method: "POST", body: {} }).then(
    () => true,
    (error) => !/: 404 /.test(error.message)
  )
  const backendPort = new URL(backend).port || "80"
  const storefrontPort = new URL(storefront).port || "80"
  // CPU seconds per order: every backend process, and PostgreSQL's connections to the store's database.
  const countCpu = () => {
    const pids = processTree(backendPort).map((p) => p.pid)
    return startCpuCount({ backendPids: () => pids, databaseUrl })
  }
  const context = { api, regionId, setVariants, shippingOptionId, providerId, countCpu, databaseUrl }

  console.log(
    `\nCheckout under a crowd: ${shoppers} shoppers at once, each its own cart with one set (${setVariants.length} sets in turn), ` +
      `checkout with ${providerId}. "stock": Medusa's own calls (create cart, add set, update cart, shipping options, ` +
      `shipping method, payment collection, payment session); "ours": POST /store/new-carts with the set, shipping options, the page's shipping method, ` +
      `POST /store/carts/:id/checkout.`
  )
  if (!ourRoute) {
    console.log("(POST /store/carts/:id/checkout answers 404 here: only Medusa's stock calls are measured.)")
  }
  const flows = (ourRoute ? ["ours", "stock"] : ["stock"]).filter((flow) => !only || flow === only)
  const stockBefore = await availability(admin, setVariants)
  const sold = []
  for (const flow of flows) {
    sold.push(...(await crowd(context, flow, 1, `(warm-up, not counted: ${flow})`)).sold)
    sold.push(...(await crowd(context, flow, 1, `one shopper alone (${flow})`)).sold)
  }
  memoryReport("before the crowd", backendPort, storefrontPort)
  // Both flows run the same Medusa code (workflows, MikroORM, the payment module), so the first
  // crowd after a start pays the JIT's warm-up for whichever flow comes first. Each flow's first
  // crowd is therefore run and printed, but not counted: the ratio compares warm with warm.
  if (warmUp > 0) {
    for (const flow of flows) {
      const first = await crowd(
        context,
        flow,
        warmUp,
        `${warmUp} shoppers (${flow}), first crowd after the start, not counted`
      )
      sold.push(...first.sold)
    }
  }
  const rows = {}
  for (let run = 1; run <= runs; run++) {
    // Alternate which flow goes first, so neither is always measured right after the other.
    for (const flow of run % 2 === 1 ? flows : [...flows].reverse()) {
      const row = await crowd(
        context,
        flow,
        shoppers,
        `${shoppers} shoppers (${flow})${runs > 1 ? `, run ${run}` : ""}`
      )
      sold.push(...row.sold)
      rows[flow] ??= []
      rows[flow].push(row)
    }
    memoryReport(`after crowd run ${run}`, backendPort, storefrontPort)
  }
  // One shopper alone again, now that every server process has run each call many times (a
  // store that has been open a while); the figure before the crowd is a store just started.
  if (runs > 0) {
    for (const flow of flows) {
      sold.push(...(await crowd(context, flow, 1, `one shopper alone after the crowd (${flow})`)).sold)
    }
  }
  if (rows.ours && rows.stock) {
    const mean = (list, pick) => list.reduce((sum, row) => sum + pick(row), 0) / list.length
    const ratio = mean(rows.ours, (r) => r.ordersPerSecond) / mean(rows.stock, (r) => r.ordersPerSecond)
    console.log(
      `Ours ÷ stock, orders per second: ${ratio.toFixed(2)}× (counted runs${warmUp > 0 ? ", after each flow's first crowd" : ", the first crowd after the start included"}; ` +
        `target ≥ 2×; ≥ 2 orders/s, completion p95 ≤ 2 s, whole p95 ≤ 8 s, alone ≤ 1 s)`
    )
    const cpu = (list) => mean(list, (r) => r.cpuPerOrder ?? 0)
    console.log(
      `CPU per order (mean of the runs): ours ${cpu(rows.ours).toFixed(2)} s, stock ${cpu(rows.stock).toFixed(2)} s (ours ÷ stock ${(cpu(rows.ours) / cpu(rows.stock)).toFixed(2)})`
    )
  }
  if (!pages) {
    console.log(oversoldReport(stockBefore, await availability(admin, setVariants), sold))
    return
  }
  const flowing = flows[0]
  // The static file the rest of the bench compares with: one of the guide's own scripts.
  const guideHtml = (await request(`${storefront}/de/guide/pore-care`)).body.toString()
  const staticPath =
    process.env.STATIC_PATH ?? guideHtml.match(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/)?.[1] ?? "/robots.txt"
  const during = pagesDuring(crowd(context, flowing, shoppers, `${shoppers} shoppers (${flowing}) with page load`), {
    request,
    storefront,
    connections,
    staticPath,
  })
  sold.push(...(await during).sold)
  console.log(oversoldReport(stockBefore, await availability(admin, setVariants), sold))
  memoryReport("after the crowd runs", backendPort, storefrontPort)
}
