// Lighthouse (mobile preset: simulated slow 4G and a 4× slower CPU) on the running store's main
// pages, each run several times; prints the median beside issue 14's targets. Never fails on a score.
//   npm start   # in another terminal
//   npm run lighthouse [-- --runs 3] [-- --pages guide,shop] [-- --save dir] [-- --throttling devtools] [-- --no-baseline]
//   First, unless --no-baseline, a bare Next page (tests/load/baseline-next) the same way: what the
//   machine allows at that moment, the baseline to read the store's pages against.
//   (--save keeps each report's JSON and its Chromium trace; --throttling devtools: Chromium itself
//   slows the network and CPU while the page loads, instead of Lighthouse simulating it afterwards
//   from a load on localhost — see docs/PERFORMANCE.md, "Eighth session", for why the two differ.)
//   npm run bench -- --lighthouse   (runs this after the load figures)
// Env: STOREFRONT_URL (http://localhost:8000), BACKEND_URL (http://localhost:9000),
//      PUBLISHABLE_KEY (default: read from .data/publishable-key), CHROME_PATH (/usr/bin/chromium).
// Cart and checkout are measured with items in the cart: a cart made through the Store API, handed
// to the storefront in its cart cookie.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { startBaselinePage } from "./baseline-next.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")

const TARGETS = { score: 95, lcpMs: 1500, tbtMs: 200, cls: 0.1 }
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]

const option = (argv, name, fallback) => {
  const index = argv.indexOf(`--${name}`)
  return index > -1 && argv[index + 1] !== undefined ? argv[index + 1] : fallback
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function storeApi(backend, publishableKey, pathname, body) {
  const response = await fetch(`${backend}${pathname}`, {
    method: body ? "POST" : "GET",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: body ? JSON.stringify(body) : undefined,
  })
  if (!response.ok) {
    throw new Error(`${pathname} answered ${response.status}: ${await response.text()}`)
  }
  return response.json()
}

/** A European cart with the first seeded product and the cleansing set in it (as a shopper fills it). */
async function cartWithItems(backend, publishableKey, productHandle) {
  const { regions } = await storeApi(backend, publishableKey, "/store/regions?fields=id,name")
  const europe = regions.find((region) => region.name === "Europe")
  const { products } = await storeApi(
    backend,
    publishableKey,
    `/store/products?handle=${productHandle}&fields=id,*variants&region_id=${europe.id}`
  )
  const { cart } = await storeApi(backend, publishableKey, "/store/carts", { region_id: europe.id })
  await storeApi(backend, publishableKey, `/store/carts/${cart.id}/line-items`, {
    variant_id: products[0].variants[0].id,
    quantity: 1,
  })
  return cart.id
}

/** The pages issue 14 names; `cookie` pages are personal (the cart cookie is sent). */
function pages(productHandle) {
  return [
    { name: "guide", path: "/de/guide/pore-care" },
    { name: "product", path: `/de/products/${productHandle}` },
    { name: "shop", path: "/de/shop" },
    { name: "step page", path: "/de/shop/cleanse" },
    { name: "cart", path: "/de/cart", cookie: true },
    { name: "checkout", path: "/de/checkout", cookie: true },
  ]
}

async function audit({ lighthouse, launch }, url, extraHeaders, saveAs, throttlingMethod) {
  // A fresh browser per run: no warm HTTP cache or compiled code from the previous page.
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  })
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
        extraHeaders,
        throttlingMethod,
      },
      undefined
    )
    if (saveAs) {
      writeFileSync(saveAs, result.report)
      // The Chromium trace beside it (open in DevTools' Performance panel): which tasks were long.
      const trace = result.artifacts?.Trace
      if (trace) {
        writeFileSync(saveAs.replace(/\.json$/, ".trace.json"), JSON.stringify(trace))
      }
    }
    const { audits, categories } = result.lhr
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100)
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: audits["largest-contentful-paint"].numericValue,
      fcpMs: audits["first-contentful-paint"].numericValue,
      tbtMs: audits["total-blocking-time"].numericValue,
      cls: audits["cumulative-layout-shift"].numericValue,
      lcpElement: audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet,
      failed: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary")
        .map((a) => a.id),
    }
  } finally {
    await chrome.kill()
  }
}

function printRow(page, runs) {
  const m = (key) => median(runs.map((run) => run[key]))
  const mark = (ok) => (ok ? "ok " : "MISS")
  const perf = m("performance")
  const lcp = m("lcpMs")
  const tbt = m("tbtMs")
  const cls = m("cls")
  console.log(
    `${page.name.padEnd(10)} perf ${String(perf).padStart(3)} ${mark(perf >= TARGETS.score)} (${runs.map((r) => r.performance).join("/")})` +
      `   LCP ${(lcp / 1000).toFixed(2)} s ${mark(lcp <= TARGETS.lcpMs)}` +
      `   FCP ${(m("fcpMs") / 1000).toFixed(2)} s   TBT ${Math.round(tbt)} ms ${mark(tbt <= TARGETS.tbtMs)}` +
      `   CLS ${cls.toFixed(3)} ${mark(cls <= TARGETS.cls)}` +
      `   a11y ${m("accessibility")}  best pr. ${m("bestPractices")}  SEO ${m("seo")}`
  )
  const last = runs[runs.length - 1]
  console.log(`${"".padEnd(10)} LCP element: ${last.lcpElement ?? "-"}`)
  const failed = [...new Set(runs.flatMap((run) => run.failed))]
  if (failed.length) {
    console.log(`${"".padEnd(10)} failed audits: ${failed.join(", ")}`)
  }
}

/** Runs Lighthouse on each page `runs` times; `argv` takes --runs N and --pages a,b. */
export async function runLighthouse(argv = process.argv) {
  const storefront = process.env.STOREFRONT_URL ?? "http://localhost:8000"
  const backend = process.env.BACKEND_URL ?? "http://localhost:9000"
  const publishableKey =
    process.env.PUBLISHABLE_KEY ?? readFileSync(path.join(root, ".data", "publishable-key"), "utf8").trim()
  const runs = Number(option(argv, "runs", "3"))
  const saveDir = option(argv, "save", "")
  if (saveDir) {
    mkdirSync(saveDir, { recursive: true })
  }
  const only = option(argv, "pages", "").split(",").filter(Boolean)
  const throttling = option(argv, "throttling", "simulate")
  if (!["simulate", "devtools"].includes(throttling)) {
    throw new Error(`--throttling is simulate or devtools, not ${throttling}`)
  }

  // Lighthouse is a devDependency of the tests workspace; resolve it (and its Chrome launcher) there.
  const modules = path.join(root, "node_modules")
  const { default: lighthouse } = await import(pathToFileURL(path.join(modules, "lighthouse", "core", "index.js")).href)
  const { launch } = await import(pathToFileURL(path.join(modules, "chrome-launcher", "dist", "index.js")).href)

  const catalog = JSON.parse(readFileSync(path.join(root, "seed", "catalog", "products.json"), "utf8"))
  const productHandle = (Array.isArray(catalog) ? catalog : catalog.products)[0].handle
  const cartId = await cartWithItems(backend, publishableKey, productHandle)

  console.log(
    `Lighthouse ${runs}× per page (median), mobile preset, ${throttling === "simulate" ? "simulated" : "applied (devtools)"} throttling, storefront ${storefront}; targets: performance ≥ ${TARGETS.score}, LCP ≤ ${TARGETS.lcpMs / 1000} s, TBT ≤ ${TARGETS.tbtMs} ms, CLS ≤ ${TARGETS.cls}\n`
  )
  const measure = async (page, url) => {
    await fetch(url, { headers: page.cookie ? { cookie: `lcl_cart=${cartId}` } : {} }) // render and cache it first
    const results = []
    for (let run = 0; run < runs; run++) {
      results.push(
        await audit(
          { lighthouse, launch },
          url,
          page.cookie ? { Cookie: `lcl_cart=${cartId}` } : undefined,
          saveDir ? path.join(saveDir, `${page.name.replace(/\W+/g, "-")}-${run + 1}.json`) : undefined,
          throttling
        )
      )
    }
    // A busy machine stretches every task Lighthouse multiplies by 4: say how busy it was.
    console.log(`${url}   (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`)
    printRow(page, results)
  }

  if (!argv.includes("--no-baseline")) {
    // What this machine allows right now: a bare Next page (the framework, nothing of ours).
    const baseline = await startBaselinePage()
    try {
      await measure({ name: "bare Next" }, baseline.url)
    } finally {
      await baseline.stop()
    }
  }
  for (const page of pages(productHandle).filter((p) => !only.length || only.includes(p.name))) {
    await measure(page, `${storefront}${page.path}`)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runLighthouse().catch((error) => {
    console.error(error)
    process.exit(1)
  })
}
