// Benchmark of the running store (`npm start` first). Prints figures; never fails on a timing.
//   node tests/load/bench.mjs [--seconds 10] [--connections 16] [--crowd-runs 1] [--crowd-warm-up 20] [--crowd-only] [--crowd-flow stock|ours]
//     [--no-pages] [--lighthouse]   (--lighthouse: then Lighthouse on the main pages, tests/load/lighthouse.mjs)
// Env: STOREFRONT_URL (http://localhost:8000), BACKEND_URL (http://localhost:9000),
//      PUBLISHABLE_KEY (default: read from .data/publishable-key), DATABASE_URL (the store's database:
//      PostgreSQL's CPU then counts in the crowd's "CPU per order").
import { readFileSync } from "node:fs"
import http from "node:http"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { crowdBench } from "./crowd.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > -1 ? Number(process.argv[index + 1]) : fallback
}
const SECONDS = arg("seconds", 10)
const CONNECTIONS = arg("connections", 16)
const storefront = process.env.STOREFRONT_URL ?? "http://localhost:8000"
const backend = process.env.BACKEND_URL ?? "http://localhost:9000"
const publishableKey =
  process.env.PUBLISHABLE_KEY ?? readFileSync(path.join(root, ".data", "publishable-key"), "utf8").trim()

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS })

function request(url, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const req = http.request(url, { method, headers, agent }, (res) => {
      const chunks = []
      res.on("data", (chunk) => chunks.push(chunk))
      res.on("end", () =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: Buffer.concat(chunks),
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        })
      )
    })
    req.on("error", reject)
    req.end(body)
  })
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

/** Requests as fast as CONNECTIONS clients can for SECONDS; bounded in time and count. */
async function load(name, makeRequest, connections = CONNECTIONS) {
  const latencies = []
  let errors = 0
  const deadline = Date.now() + SECONDS * 1000
  const maxRequests = 200_000
  const worker = async (index) => {
    while (Date.now() < deadline && latencies.length + errors < maxRequests) {
      try {
        const response = await makeRequest(index)
        if (response.status >= 400) {
          errors++
        } else {
          latencies.push(response.ms)
        }
      } catch {
        errors++
      }
    }
  }
  const started = Date.now()
  await Promise.all(Array.from({ length: connections }, (_, index) => worker(index)))
  const elapsed = (Date.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const row = {
    name,
    rps: Math.round(latencies.length / elapsed),
    p50: percentile(latencies, 50)?.toFixed(1),
    p90: percentile(latencies, 90)?.toFixed(1),
    p99: percentile(latencies, 99)?.toFixed(1),
    requests: latencies.length,
    errors,
  }
  console.log(
    `${name.padEnd(44)} ${String(row.rps).padStart(6)} req/s   p50 ${row.p50} ms   p90 ${row.p90} ms   p99 ${row.p99} ms   (${row.requests} ok, ${errors} errors)`
  )
  return row
}

async function javascriptWeight(pagePath) {
  const html = (await request(`${storefront}${pagePath}`)).body.toString()
  // Modern browsers skip `noModule` scripts (legacy polyfills): they are not part of the weight.
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script([^>]*)>/g)]
        .filter((m) => !/noModule/i.test(m[1]))
        .flatMap((m) => m[1].match(/src="([^"]+)"/)?.[1] ?? [])
    ),
  ]
  let raw = 0
  let gzipped = 0
  for (const src of scripts) {
    const { body } = await request(new URL(src, storefront).toString())
    raw += body.length
    gzipped += gzipSync(body, { level: 9 }).length
  }
  console.log(
    `JavaScript on ${pagePath}: ${scripts.length} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ~140 KB)`
  )
}

async function main() {
  if (process.argv.includes("--crowd-only")) {
    return crowd()
  }
  console.log(
    `Benchmark: ${CONNECTIONS} connections, ${SECONDS} s per case; storefront ${storefront}, backend ${backend}\n`
  )
  const guide = "/de/guide/pore-care"
  await request(`${storefront}${guide}`) // generate and cache the page first
  await javascriptWeight(guide)
  console.log("")

  const probe = await request(`${storefront}${guide}`)
  const html = probe.body.toString()
  console.log(
    `Guide page: ${(probe.body.length / 1024).toFixed(1)} KB of HTML; page cache ${probe.headers["x-page-cache"] ?? "not used"}, Next cache ${probe.headers["x-nextjs-cache"] ?? "-"}\n`
  )
  // STATIC_PATH compares against another static file (e.g. one of the guide's size).
  const staticChunk = process.env.STATIC_PATH ?? html.match(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/)?.[1]
  const staticFile = await load(`static file ${staticChunk ?? "/robots.txt"}`, () =>
    request(`${storefront}${staticChunk ?? "/robots.txt"}`)
  )
  const guidePage = await load(`guide page ${guide}`, () => request(`${storefront}${guide}`))
  await load("product page /de/products/cleanse-set", () => request(`${storefront}/de/products/cleanse-set`))
  await load("home page /de", () => request(`${storefront}/de`))
  // The shop and a step page are static too (issue 14); so is each filter combination and search.
  const shopPage = await load("shop page /de/shop", () => request(`${storefront}/de/shop`))
  const stepPage = await load("step page /de/shop/cleanse", () => request(`${storefront}/de/shop/cleanse`))
  const filtered = await load(
    "filtered step page ?fragrance_free=true (10 conn.)",
    () => request(`${storefront}/de/shop/cleanse?fragrance_free=true`),
    10
  )
  const search = await load("search /de/shop?q=serum (10 conn.)", () => request(`${storefront}/de/shop?q=serum`), 10)
  const share = (row) => `${Math.round((row.rps / staticFile.rps) * 100)}%`
  console.log(
    `\nOf the static file's requests per second (target: at least 80% each): guide ${share(guidePage)}, shop ${share(shopPage)}, step page ${share(stepPage)}.`
  )
  console.log(
    `Filtered shop: p50 ${filtered.p50} ms, search p50 ${search.p50} ms at 10 connections (target: at most 30 ms each).\n`
  )

  // Adding a bundle: the storefront's server action makes this same call to the backend.
  const headers = { "content-type": "application/json", "x-publishable-api-key": publishableKey }
  const regions = JSON.parse((await request(`${backend}/store/regions?fields=id,name`, { headers })).body)
  const europe = regions.regions.find((r) => r.name === "Europe")
  const guideData = JSON.parse(
    (await request(`${backend}/store/guides/pore-care?region_id=${europe.id}`, { headers })).body
  )
  const bundleVariant = guideData.guide.sections.find((s) => s.bundle)?.bundle.variant_id
  const newCart = async () =>
    JSON.parse(
      (
        await request(`${backend}/store/carts`, {
          method: "POST",
          headers,
          body: JSON.stringify({ region_id: europe.id }),
        })
      ).body
    ).cart.id
  // One shopper adds to one cart at a time: each connection has its own cart, and a fresh one
  // every 10 adds (a cart cannot hold more sets than there is stock; creation is not timed).
  const carts = await Promise.all(Array.from({ length: CONNECTIONS * 10 }, newCart))
  const addsByConnection = new Map()
  const cartFor = new Map()
  await load("add a bundle to a cart (Store API)", (worker) => {
    const adds = addsByConnection.get(worker) ?? 0
    addsByConnection.set(worker, adds + 1)
    if (adds % 10 === 0 || !cartFor.has(worker)) {
      cartFor.set(worker, carts.pop() ?? cartFor.get(worker))
    }
    return request(`${backend}/store/carts/${cartFor.get(worker)}/line-items`, {
      method: "POST",
      headers,
      body: JSON.stringify({ variant_id: bundleVariant, quantity: 1 }),
    })
  })
  await load("guide data (Store API, uncached)", () =>
    request(`${backend}/store/guides/pore-care?region_id=${europe.id}`, { headers })
  )
  // The personal routine (issue 13): pure computation over the cached catalog, at 10 connections.
  const skinTypes = ["oily", "combination", "normal", "dry", "sensitive"]
  const routine = await load(
    "personal routine POST /store/routines (10 conn.)",
    (worker) =>
      request(`${backend}/store/routines`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          region_id: europe.id,
          skin_type: skinTypes[worker % skinTypes.length],
          concerns: ["visible-pores"],
          pregnant: worker % 2 === 0,
          fragrance_sensitive: false,
          minutes: 10,
          budget: null,
        }),
      }),
    10
  )
  console.log(`\nPersonal routine: p50 ${routine.p50} ms at 10 connections (target: at most 50 ms).`)
  await crowd()
}

// Checkout under a crowd, pages while orders flow, memory (issue 14): tests/load/crowd.mjs.
async function crowd() {
  await crowdBench({
    backend,
    storefront,
    publishableKey,
    request,
    connections: CONNECTIONS,
    runs: arg("crowd-runs", 1),
    // --crowd-warm-up 0: count each flow's first crowd after the start too (the JIT still cold).
    warmUp: arg("crowd-warm-up", 20),
    // --crowd-flow stock|ours: one checkout only (e.g. while profiling); --no-pages: no page load.
    only: process.argv.includes("--crowd-flow") ? process.argv[process.argv.indexOf("--crowd-flow") + 1] : null,
    pages: !process.argv.includes("--no-pages"),
    // With the store's DATABASE_URL, PostgreSQL's CPU for its connections counts in "CPU per order".
    databaseUrl: process.env.DATABASE_URL ?? null,
  })
  agent.destroy()
  if (process.argv.includes("--lighthouse")) {
    console.log("")
    await (await import("./lighthouse.mjs")).runLighthouse()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
