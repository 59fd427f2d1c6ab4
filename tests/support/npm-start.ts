import { spawn, type ChildProcess } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import net from "node:net"
import os from "node:os"
import path from "node:path"

const ROOT = path.resolve(__dirname, "..", "..")

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Resolves when nothing listens on the port any more. */
export function portIsFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once("error", reject)
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()))
  })
}

/** Polls `check` until it returns something truthy; fails with `what` after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T>, timeoutMs: number, everyMs = 500) {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value) {
        return value
      }
    } catch (error) {
      last = error
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s${last ? ` (last: ${String(last)})` : ""}`)
}

export type RunningStore = {
  backendUrl: string
  storefrontUrl: string
  postgresPort: number
  dataDir: string
  /** Everything `npm start` printed so far. */
  output: () => string
  child: ChildProcess
  exited: Promise<number | null>
  /** Ctrl-C, as a person would; resolves with the exit code. */
  stop: () => Promise<number | null>
  /** Removes the store's data folder (after stop). */
  remove: () => Promise<void>
}

/**
 * `npm start` (scripts/start.mjs) on free ports with a data folder of its own, so an embedded
 * PostgreSQL of its own, and only the environment given: as on a fresh machine.
 */
export async function startStore(extraEnv: Record<string, string> = {}): Promise<RunningStore> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "lcl-start-"))
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
    ...extraEnv,
  }
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve))
  const store: RunningStore = {
    backendUrl: `http://127.0.0.1:${backendPort}`,
    storefrontUrl: `http://127.0.0.1:${storefrontPort}`,
    postgresPort,
    dataDir,
    output: () => output,
    child,
    exited,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGINT")
      }
      return exited
    },
    remove: () => rm(dataDir, { recursive: true, force: true }),
  }
  const ready = await Promise.race([
    eventually(
      "npm start says the store is running",
      async () => output.includes("LACREMELUXE is running."),
      400_000,
      250
    ),
    exited.then(() => false),
  ])
  if (!ready) {
    throw new Error(`npm start stopped before the store ran:\n${output}`)
  }
  return store
}

/** The process id of whatever listens on a local TCP port (from /proc, Linux). */
export async function listenerPid(port: number): Promise<number> {
  const { readFile, readdir, readlink } = await import("node:fs/promises")
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0")
  const inodes = new Set<string>()
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = (await readFile(table, "utf8").catch(() => "")).split("\n").slice(1)
    for (const line of lines) {
      const fields = line.trim().split(/\s+/)
      // local address "0100007F:1F90", state 0A = LISTEN, inode in field 9
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A") {
        inodes.add(fields[9])
      }
    }
  }
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid)) continue
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[])
    for (const fd of fds) {
      const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "")
      const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1]
      if (inode && inodes.has(inode)) {
        return Number(pid)
      }
    }
  }
  throw new Error(`nothing listens on port ${port}`)
}
