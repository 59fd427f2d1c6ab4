// Where a process spent its CPU: top functions and packages, self and total, from the
// `.cpuprofile` files `node --cpu-prof` writes (npm start with BACKEND_CPU_PROF_DIR, docs/PERFORMANCE.md).
//   node tests/load/cpu-profile.mjs <file.cpuprofile|folder> [--top 25] [--last <seconds>]
// --last: only the last seconds of each profile (the crowd, without the process's start-up).
import { readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"

const target = process.argv[2]
const topIndex = process.argv.indexOf("--top")
const TOP = topIndex > -1 ? Number(process.argv[topIndex + 1]) : 25
const lastIndex = process.argv.indexOf("--last")
const LAST_US = lastIndex > -1 ? Number(process.argv[lastIndex + 1]) * 1e6 : Infinity
if (!target) {
  console.error("usage: node tests/load/cpu-profile.mjs <file.cpuprofile|folder> [--top 25]")
  process.exit(2)
}
const files = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith(".cpuprofile"))
      .map((f) => path.join(target, f))
  : [target]

/** A package from a script's URL: `@medusajs/core-flows`, `pg`, `node:internal`, or `project`. */
function packageOf(url, functionName) {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)"
  if (url.startsWith("node:")) return "node:internal"
  const match = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)
  if (match) return match[match.length - 1].replace("node_modules/", "")
  return url.includes("/.medusa/server/") ? "project" : path.basename(url)
}

const self = new Map()
const total = new Map()
const packageSelf = new Map()
const packageTotal = new Map()
let allMs = 0
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms)

for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8"))
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame
    return `${functionName || "(anonymous)"} ${packageOf(url, functionName)}${url ? `:${path.basename(url)}:${lineNumber + 1}` : ""}`
  }
  const from = profile.endTime - LAST_US
  let at = profile.startTime
  profile.samples.forEach((id, index) => {
    at += profile.timeDeltas[index] ?? 0
    const ms = (profile.timeDeltas[index] ?? 0) / 1000
    let node = byId.get(id)
    if (node.callFrame.functionName === "(idle)" || at < from) return
    allMs += ms
    add(self, label(node), ms)
    add(packageSelf, packageOf(node.callFrame.url, node.callFrame.functionName), ms)
    const seen = new Set()
    const seenPackages = new Set()
    while (node) {
      const key = label(node)
      if (!seen.has(key)) {
        seen.add(key)
        add(total, key, ms)
      }
      const pkg = packageOf(node.callFrame.url, node.callFrame.functionName)
      if (!seenPackages.has(pkg)) {
        seenPackages.add(pkg)
        add(packageTotal, pkg, ms)
      }
      node = byId.get(parent.get(node.id))
    }
  })
}

const print = (title, map, count = TOP) => {
  console.log(`\n${title}`)
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) {
    console.log(`  ${(ms / 1000).toFixed(1).padStart(7)} s  ${((ms / allMs) * 100).toFixed(1).padStart(5)}%  ${key}`)
  }
}
console.log(`${files.length} profile(s), ${(allMs / 1000).toFixed(1)} s of CPU (idle left out)`)
print("Packages by self time", packageSelf, 25)
print("Packages by total time (on the stack)", packageTotal, 15)
print("Functions by self time", self)
print(
  "Functions by total time (excluding the event loop's own frames)",
  new Map([...total].filter(([key]) => !/^\((root|program)\)/.test(key)))
)
