// A bare Next page, built and served with the storefront's own Next, as the baseline Lighthouse
// measures beside the store's pages in the same run (issue 14: every figure beside its baseline).
// It ships the framework and hydrates nothing of its own, so its score is what this machine allows.
import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, symlinkSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "../../scripts/lib/preflight.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const app = path.join(root, "tests", "load", "baseline-next")
const nextBin = path.join(root, "storefront", "node_modules", "next", "dist", "bin", "next")
const env = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" }

/** Links the storefront's Next and React into the app (gitignored), and builds it once. */
function build() {
  mkdirSync(path.join(app, "node_modules"), { recursive: true })
  for (const name of ["next", "react", "react-dom"]) {
    const link = path.join(app, "node_modules", name)
    if (!existsSync(link)) {
      symlinkSync(path.join(root, "storefront", "node_modules", name), link, "dir")
    }
  }
  if (!existsSync(path.join(app, ".next", "BUILD_ID"))) {
    const built = spawnSync(process.execPath, [nextBin, "build"], { cwd: app, env, encoding: "utf8" })
    if (built.status !== 0) {
      throw new Error(`next build of the baseline page failed:\n${built.stdout}\n${built.stderr}`)
    }
  }
}

/** Serves the baseline page; resolves with its URL and a `stop`. */
export async function startBaselinePage() {
  build()
  const port = await freePort()
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: app,
    env,
    stdio: "ignore",
  })
  const url = `http://127.0.0.1:${port}/`
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(url)).ok) {
        break
      }
    } catch {
      // not listening yet
    }
    if (attempt > 100 || server.exitCode !== null) {
      server.kill()
      throw new Error(`the baseline page did not answer at ${url}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return { url, stop: () => server.kill() }
}
