// A bare Next page, built and served with the storefront's own Next, as the baseline Lighthouse
// measures beside the store's pages in the same run (issue 14: every figure beside its baseline).
// It ships the framework and hydrates nothing of its own, so its score is what this machine allows.
import { rmSync, mkdirSync, symlinkSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "../../scripts/lib/preflight.mjs"
import { run, startService, stopService, waitForHttp } from "../../scripts/lib/processes.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const app = path.join(root, "tests", "load", "baseline-next")
const nextBin = path.join(root, "storefront", "node_modules", "next", "dist", "bin", "next")
const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }

/**
 * Builds and serves the baseline page (a build takes ~15 s: always built, never stale); resolves
 * with its URL and a `stop`. Its `node_modules` links to the storefront's Next and React (gitignored).
 */
export async function startBaselinePage() {
  mkdirSync(path.join(app, "node_modules"), { recursive: true })
  for (const name of ["next", "react", "react-dom"]) {
    const link = path.join(app, "node_modules", name)
    rmSync(link, { force: true })
    symlinkSync(path.join(root, "storefront", "node_modules", name), link, "dir")
  }
  await run(process.execPath, [nextBin, "build"], { cwd: app, env, what: "next build of the baseline page" })
  const port = await freePort()
  const service = startService(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: app,
    env,
    logFile: path.join(app, ".next", "start.log"),
    name: "The baseline page",
  })
  const url = `http://127.0.0.1:${port}/`
  await waitForHttp(url, service)
  return { url, stop: () => stopService(service) }
}
