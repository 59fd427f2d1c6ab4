// Why Lighthouse's simulated LCP is what it is: one Lighthouse run (mobile preset) of one page, then
// Lantern's LCP recomputed from the run's trace and network log, printing every request and task in
// its optimistic and pessimistic graphs with their simulated start and end (ms). The last one to end
// is the LCP. The running store must be up (npm start).
//   node tests/load/lcp-graph.mjs /de/guide/pore-care
// Env: STOREFRONT_URL (http://localhost:8000), CHROME_PATH (/usr/bin/chromium).
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const modules = path.join(root, "node_modules")
const load = (file) => import(pathToFileURL(path.join(modules, file)).href)

const { default: lighthouse } = await load("lighthouse/core/index.js")
const { launch } = await load("chrome-launcher/dist/index.js")
const { LanternLargestContentfulPaint } = await load(
  "lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js"
)

const url = `${process.env.STOREFRONT_URL ?? "http://localhost:8000"}${process.argv[2] ?? "/de/guide/pore-care"}`
const chrome = await launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
})
let result
try {
  result = await lighthouse(url, {
    port: chrome.port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
  })
} finally {
  await chrome.kill()
}
const { artifacts, lhr } = result
const settings = lhr.configSettings
const lcp = await LanternLargestContentfulPaint.request(
  {
    trace: artifacts.Trace,
    devtoolsLog: artifacts.DevtoolsLog,
    gatherContext: artifacts.GatherContext,
    settings,
    URL: artifacts.URL,
    SourceMaps: artifacts.SourceMaps,
    simulator: null,
  },
  { computedCache: new Map(), settings }
)
const metrics = lhr.audits.metrics.details.items[0]
console.log(
  `${url}: simulated LCP ${Math.round(lcp.timing)} ms (optimistic ${Math.round(lcp.optimisticEstimate.timeInMs)}, pessimistic ${Math.round(lcp.pessimisticEstimate.timeInMs)}); observed FCP ${metrics.observedFirstContentfulPaint} ms, LCP ${metrics.observedLargestContentfulPaint} ms`
)
const SHOWN = ["ParseHTML", "EvaluateScript", "FunctionCall", "UpdateLayoutTree", "Layout", "Paint"]
for (const [name, estimate] of [
  ["optimistic", lcp.optimisticEstimate],
  ["pessimistic", lcp.pessimisticEstimate],
]) {
  console.log(`\n${name} graph (simulated start, end; what):`)
  const rows = [...estimate.nodeTimings.entries()].sort((a, b) => a[1].startTime - b[1].startTime)
  for (const [node, timing] of rows) {
    const what =
      node.type === "network"
        ? `request ${node.request.url.replace(/^https?:\/\/[^/]+/, "").slice(0, 70)} (${node.request.resourceType}, ${node.request.priority}, ${node.request.transferSize} B)`
        : `task of ${Math.round(node.duration / 1000)} ms observed: ${[...new Set(node.childEvents.map((e) => e.name).filter((n) => SHOWN.includes(n)))].join(", ")}`
    console.log(
      `${String(Math.round(timing.startTime)).padStart(6)} ${String(Math.round(timing.endTime)).padStart(6)}  ${what}`
    )
  }
}
