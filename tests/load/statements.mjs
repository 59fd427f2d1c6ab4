// Statements per call of one shopper's checkout (issue 14), from PostgreSQL's statement log, and
// the per-step times of that shopper repeated (median). Usage, against `npm start`:
//   ALTER DATABASE <db> SET log_statement = 'all'   (then restart the backend: new connections only)
//   BACKEND_URL=http://localhost:9201 DATABASE_URL=postgres://…/<db> PG_LOG=/var/log/postgresql/… \
//     node tests/load/statements.mjs [--cart two-calls|one-call] [--repeat 5]
//   ALTER DATABASE <db> RESET log_statement
// `--cart two-calls`: POST /store/carts, then the set with POST /store/carts/:id/line-items (the
// storefront until issue 14's third session); `one-call` (default): POST /store/new-carts with the set in
// `items`. Both with the storefront's locale (de-DE), then the calls of the storefront's checkout
// (the shipping options, the shipping method its page preselects, the one-call checkout,
// completion), asking back what the storefront asks (CART_SUMMARY_FIELDS, CHECKOUT_PAGE_FIELDS,
// PLACED_ORDER_FIELDS; the checkout's `id`). A statement counts for a call when the log
// stamps it between the call's start and end; what the backend runs after the answer (subscribers
// in the worker) is counted apart, up to the next call. Without PG_LOG only the times are printed.
import { readFileSync, statSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import {
  CART_SUMMARY_FIELDS,
  CHECKOUT_PAGE_FIELDS,
  NEW_CART_PATH,
  newCartBody,
  PLACED_ORDER_FIELDS,
} from "@lacremeluxe/shared"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const arg = (name, fallback) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : fallback
const backend = process.env.BACKEND_URL ?? "http://localhost:9000"
const database = process.env.DATABASE_URL
const logPath = process.env.PG_LOG
const cartFlow = arg("cart", "one-call")
const repeat = Number(arg("repeat", 0))
const publishableKey =
  process.env.PUBLISHABLE_KEY ?? readFileSync(path.join(root, ".data", "publishable-key"), "utf8").trim()
const headers = { "content-type": "application/json", "x-publishable-api-key": publishableKey }
const ADDRESS = {
  first_name: "Count",
  last_name: "Shopper",
  address_1: "Torstraße 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
}

async function api(route, { method = "GET", body } = {}) {
  const response = await fetch(`${backend}${route}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) {
    throw new Error(`${method} ${route}: ${response.status} ${text.slice(0, 300)}`)
  }
  return JSON.parse(text)
}

const { regions } = await api(`/store/regions?fields=id,name`)
const regionId = regions.find((r) => r.name === "Europe").id
const { guide } = await api(`/store/guides/pore-care?region_id=${regionId}`)
const setVariant = guide.sections.find((s) => s.bundle?.in_stock).bundle.variant_id
const probe = (await api(`/store/carts`, { method: "POST", body: { region_id: regionId, shipping_address: ADDRESS } }))
  .cart.id
const shippingOptionId = (await api(`/store/shipping-options?cart_id=${probe}`)).shipping_options[0].id

/** One shopper's calls, each timed: [name, start, end] in epoch milliseconds. */
async function shopper({ pause = 0 } = {}) {
  const calls = []
  const timed = async (name, run) => {
    const start = Date.now()
    const answer = await run()
    calls.push([name, start, Date.now()])
    // Room for what the backend does after answering (subscribers), counted apart.
    await new Promise((resolve) => setTimeout(resolve, pause))
    return answer
  }
  let cart
  if (cartFlow === "two-calls") {
    cart = (
      await timed("POST /store/carts", () =>
        api(`/store/carts`, { method: "POST", body: { region_id: regionId, locale: "de-DE" } })
      )
    ).cart.id
    await timed("POST /store/carts/:id/line-items (the set)", () =>
      api(`/store/carts/${cart}/line-items`, { method: "POST", body: { variant_id: setVariant, quantity: 1 } })
    )
  } else {
    cart = (
      await timed("POST /store/new-carts with the set", () =>
        api(`${NEW_CART_PATH}?fields=${CART_SUMMARY_FIELDS}`, {
          method: "POST",
          body: newCartBody({
            region_id: regionId,
            country_code: ADDRESS.country_code,
            locale: "de-DE",
            items: [{ variant_id: setVariant, quantity: 1 }],
          }),
        })
      )
    ).cart.id
  }
  await timed("GET /store/shipping-options?cart_id", () => api(`/store/shipping-options?cart_id=${cart}`))
  await timed("POST /store/carts/:id/shipping-method (the checkout page's)", () =>
    api(`/store/carts/${cart}/shipping-method?fields=${CHECKOUT_PAGE_FIELDS}`, {
      method: "POST",
      body: { shipping_option_id: shippingOptionId },
    })
  )
  await timed("POST /store/carts/:id/checkout", () =>
    api(`/store/carts/${cart}/checkout?fields=id`, {
      method: "POST",
      body: {
        email: `count-${Date.now()}@example.test`,
        shipping_address: ADDRESS,
        billing_address: ADDRESS,
        shipping_option_id: shippingOptionId,
        provider_id: "pp_system_default",
      },
    })
  )
  const completed = await timed("POST /store/carts/:id/complete", () =>
    api(`/store/carts/${cart}/complete?fields=${PLACED_ORDER_FIELDS}`, { method: "POST", body: {} })
  )
  if (completed.type !== "order") {
    throw new Error("complete: no order")
  }
  return calls
}

/** Statements of the store's database in the log from `offset` on: [epoch ms, text]. */
function statementsSince(offset) {
  const dbName = new URL(database).pathname.slice(1)
  const text = readFileSync(logPath, "utf8").slice(offset)
  const out = []
  for (const line of text.split("\n")) {
    const match = line.match(
      /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) UTC \[\d+\] \S+@(\S+) LOG:\s+(statement|execute [^:]*): (.*)$/
    )
    if (match && match[2] === dbName) {
      out.push([Date.parse(`${match[1].replace(" ", "T")}Z`), match[4]])
    }
  }
  return out
}

await shopper() // warm-up, not counted
if (logPath && database) {
  const client = new pg.Client({ connectionString: database })
  await client.connect()
  const { rows } = await client.query("select current_setting('log_statement') as setting")
  await client.end()
  if (rows[0].setting !== "all") {
    console.log(`log_statement is '${rows[0].setting}' for this database: nothing to count (see the usage above).`)
  } else {
    const offset = statSync(logPath).size
    const calls = await shopper({ pause: 1500 })
    const statements = statementsSince(offset)
    console.log(`Statements per call (cart: ${cartFlow}; of which BEGIN/COMMIT/ROLLBACK):`)
    let total = 0
    calls.forEach(([name, start, end], index) => {
      const during = statements.filter(([at]) => at >= start && at <= end)
      const nextStart = calls[index + 1]?.[1] ?? end + 1500
      const after = statements.filter(([at]) => at > end && at < nextStart)
      if (process.env.DUMP_DIR) {
        writeFileSync(
          path.join(process.env.DUMP_DIR, `${cartFlow}-${index}.sql`),
          during.map(([, text]) => text).join("\n") + "\n"
        )
        if (after.length) {
          writeFileSync(
            path.join(process.env.DUMP_DIR, `${cartFlow}-${index}-after.sql`),
            after.map(([, text]) => text).join("\n") + "\n"
          )
        }
      }
      const tx = during.filter(([, text]) => /^(begin|commit|rollback)\b/i.test(text.trim())).length
      total += during.length
      console.log(`  ${name}: ${during.length} (${tx})${after.length ? `, then ${after.length} after the answer` : ""}`)
    })
    console.log(`  whole order: ${total}`)
  }
}
if (repeat > 0) {
  const times = new Map()
  for (let run = 0; run < repeat; run++) {
    for (const [name, start, end] of await shopper()) {
      times.set(name, [...(times.get(name) ?? []), end - start])
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  const sum = [...times.values()].reduce((total, values) => total + median(values), 0)
  console.log(
    `One shopper alone, median of ${repeat} (cart: ${cartFlow}): ` +
      [...times].map(([name, values]) => `${name} ${median(values)} ms`).join("; ") +
      `; sum ${sum} ms`
  )
}
