import { mkdtemp, readFile, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { afterEach, describe, expect, it } from "vitest"
import { startService, stopService, waitForHttp } from "./processes.mjs"
import { freePort } from "./preflight.mjs"
import { childrenOf } from "./watch-children.mjs"
import { supervise } from "./supervise.mjs"

const fixture = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "cluster-like-medusa.cjs")

async function until(condition, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await condition()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

const cleanups = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe("a backend cluster under npm start's supervisor", () => {
  it("is restarted as a whole when one of its processes dies, and serves again from new processes", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "lcl-cluster-"))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const port = await freePort()
    const logFile = path.join(dir, "cluster.log")
    const launch = () =>
      startService(process.execPath, [fixture, String(port), "2"], {
        cwd: dir,
        env: process.env,
        logFile,
        name: "The test cluster",
        wholeTree: true,
      })
    const ready = (service) => waitForHttp(`http://127.0.0.1:${port}/`, service, 30_000)
    const lines = []
    let current = launch()
    let supervisor = null
    cleanups.push(async () => {
      supervisor?.stop()
      await stopService(current)
    })
    await ready(current)
    supervisor = supervise({
      service: current,
      launch: () => (current = launch()),
      ready,
      stop: stopService,
      settings: { firstDelayMs: 100, maxDelayMs: 100, stableMs: 60_000, maxCrashes: 5, windowMs: 60_000 },
      log: (line) => lines.push(line),
    })
    const firstPrimary = current.child.pid
    const firstServers = await until(
      () => childrenOf(firstPrimary)?.length === 2 && childrenOf(firstPrimary),
      "two servers"
    )

    process.kill(firstServers[0], "SIGKILL")

    // The whole group went down (the other server too) and a new primary serves with new servers.
    await until(() => current.child.pid !== firstPrimary && !current.exited, "a new primary")
    await ready(current)
    const answer = await (await fetch(`http://127.0.0.1:${port}/`)).text()
    const [, server, primary] = answer.match(/served by (\d+) of (\d+)/)
    expect(Number(primary)).toBe(current.child.pid)
    expect(firstServers).not.toContain(Number(server))
    expect(childrenOf(firstPrimary)).toBeNull()
    // The other server ends too (it may take a moment to be reaped once its primary is gone).
    const gone = (pid) => {
      try {
        process.kill(pid, 0)
        return false
      } catch {
        return true
      }
    }
    expect(await until(() => gone(firstServers[1]), "the first cluster's other server gone")).toBe(true)
    expect(lines.join("\n")).toMatch(/The test cluster stopped unexpectedly \(killed by SIGKILL\)/)
    expect(lines.join("\n")).toMatch(/The test cluster is running again/)
    expect(await readFile(logFile, "utf8")).toContain(`process ${firstServers[0]} of The test cluster ended`)
  })
})
