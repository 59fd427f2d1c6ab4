import { spawn } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { afterAll, describe, expect, it } from "vitest"

const ROOT = path.resolve(__dirname, "..", "..")

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

let dataDir: string | undefined

afterAll(async () => {
  if (dataDir) {
    await rm(dataDir, { recursive: true, force: true })
  }
})

describe("npm start with no DATABASE_URL", () => {
  it("runs an embedded PostgreSQL of its own, migrates, seeds, and the backend answers", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "lcl-embedded-"))
    const [backendPort, storefrontPort, postgresPort] = [await freePort(), await freePort(), await freePort()]
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? os.tmpdir(),
      LCL_DATA_DIR: dataDir,
      PORT: String(backendPort),
      STOREFRONT_PORT: String(storefrontPort),
      EMBEDDED_POSTGRES_PORT: String(postgresPort),
      MEDUSA_DISABLE_TELEMETRY: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    }
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve))

    try {
      const ready = await Promise.race([
        new Promise<boolean>((resolve) => {
          const timer = setInterval(() => {
            if (output.includes("LACREMELUXE is running.")) {
              clearInterval(timer)
              resolve(true)
            }
          }, 250)
        }),
        exited.then(() => false),
      ])
      expect(ready, output).toBe(true)
      expect(output).toContain(`Start the embedded PostgreSQL on :${postgresPort}`)

      const health = await fetch(`http://127.0.0.1:${backendPort}/health`)
      expect(health.status).toBe(200)
      const home = await fetch(`http://127.0.0.1:${storefrontPort}/de`)
      expect(home.status).toBe(200)
      expect(await home.text()).toContain("Cleanse")
    } finally {
      child.kill("SIGINT")
    }
    expect(await exited).toBe(0)
    expect(output).toContain("Stopping")
    // Ctrl-C stops the embedded PostgreSQL too: its port is free again.
    await expect(
      new Promise<void>((resolve, reject) => {
        const probe = net.createServer()
        probe.once("error", reject)
        probe.listen(postgresPort, "127.0.0.1", () => probe.close(() => resolve()))
      })
    ).resolves.toBeUndefined()
  }, 300_000)
})
