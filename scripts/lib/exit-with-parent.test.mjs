import { spawn } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { afterEach, describe, expect, it } from "vitest"
import { freePort } from "./preflight.mjs"
import { childrenOf } from "./watch-children.mjs"

const standIn = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "stand-in-npm-start.mjs")

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const cleanups = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

describe("a service npm start started", () => {
  it("stops, every process of it, when npm start is killed outright", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "lcl-orphan-"))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const parent = spawn(process.execPath, [standIn, String(await freePort()), path.join(dir, "cluster.log")], {
      stdio: ["ignore", "pipe", "inherit"],
    })
    const primary = await new Promise((resolve, reject) => {
      parent.stdout.on("data", (chunk) => {
        const ready = String(chunk).match(/ready (\d+)/)
        if (ready) resolve(Number(ready[1]))
      })
      parent.on("exit", () => reject(new Error("the stand-in for npm start ended before its service was ready")))
    })
    // The primary and its two server processes (the second may still be starting).
    const processes = [primary]
    cleanups.push(() => processes.filter(alive).forEach((pid) => process.kill(pid, "SIGKILL")))
    for (let tries = 0; processes.length < 3 && tries < 100; tries++) {
      processes.splice(1, Infinity, ...(childrenOf(primary) ?? []))
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(processes).toHaveLength(3)

    parent.kill("SIGKILL")

    const deadline = Date.now() + 15_000
    while (processes.some(alive) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    expect(processes.filter(alive), "processes still running 15 s after npm start was killed").toEqual([])
  }, 60_000)
})
