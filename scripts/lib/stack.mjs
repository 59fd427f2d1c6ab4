import { randomBytes } from "node:crypto"
import { mkdir, readFile } from "node:fs/promises"
import { availableParallelism } from "node:os"
import path from "node:path"
import { BACKEND, BACKEND_BUILD, DATA, SEED, STOREFRONT, bin } from "./paths.mjs"
import { run, startService, waitForHttp } from "./processes.mjs"
import { UserFacingError, stage } from "./log.mjs"

/**
 * NODE_ENV for the built backend. "production" when asked for (real secrets required, no test
 * payments). Otherwise "local": not production (development secrets, the system payment
 * provider), and not "development", in which Medusa would serve the admin from its sources
 * through a Vite dev server instead of the build.
 */
export function runMode() {
  return process.env.NODE_ENV === "production" ? "production" : "local"
}

/** The environment both the backend's commands and its server run with. */
export function backendEnvironment({ databaseUrl, backendPort, storefrontUrl, dataDir, extra = {} }) {
  const backendUrl = `http://localhost:${backendPort}`
  // The backend tells the storefront to regenerate pages with this shared secret.
  const revalidateSecret = process.env.REVALIDATE_SECRET ?? randomBytes(24).toString("hex")
  // The storefront vouches for the shopper's address (rate limits per client) with another.
  const clientIpSecret = process.env.CLIENT_IP_SECRET || randomBytes(24).toString("hex")
  return {
    ...process.env,
    NODE_ENV: runMode(),
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: databaseUrl,
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? backendUrl,
    STOREFRONT_URL: storefrontUrl,
    SEED_DIR: SEED,
    REVALIDATE_SECRET: revalidateSecret,
    CLIENT_IP_SECRET: clientIpSecret,
    UPLOAD_DIR: process.env.UPLOAD_DIR ?? path.join(dataDir, "uploads"),
    PUBLISHABLE_KEY_FILE: path.join(dataDir, "publishable-key"),
    // Two malloc arenas instead of up to eight per core: memory freed by one thread is reused by the
    // others rather than kept per arena (the backend's native memory grew ~60 MB over crowd runs).
    MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2",
    MAIL_DIR: process.env.MAIL_DIR ?? path.join(dataDir, "mail"),
    ...extra,
  }
}

const medusa = bin("medusa", BACKEND)

/** Migrates, seeds an empty store and makes sure the first staff account exists. */
export async function prepareDatabase(env, logFile) {
  await stage("Migrate the database", () =>
    run(medusa, ["db:migrate"], { cwd: BACKEND_BUILD, env, logFile, what: "Migrating the database" })
  )
  await stage("Seed the store (when empty) and create the admin user", () =>
    run(medusa, ["exec", "./src/scripts/setup.js"], {
      cwd: BACKEND_BUILD,
      env,
      logFile,
      what: "Seeding the store",
    })
  )
}

/**
 * Adds what seed/ describes and the store lacks (new products, bundles, guide sections); what
 * exists, including staff edits and deletions of seeded things, is left as it is.
 */
export async function seedStore(env, logFile) {
  await stage("Migrate the database", () =>
    run(medusa, ["db:migrate"], { cwd: BACKEND_BUILD, env, logFile, what: "Migrating the database" })
  )
  await stage("Add what seed/ has and the store lacks", () =>
    run(medusa, ["exec", "./src/scripts/seed.js"], { cwd: BACKEND_BUILD, env, logFile, what: "Seeding the store" })
  )
}

/** The storefront's publishable key, as the backend's setup handed it over. */
export async function readPublishableKey(env) {
  const token = (await readFile(env.PUBLISHABLE_KEY_FILE, "utf8").catch(() => "")).trim()
  if (!token) {
    throw new UserFacingError(
      `No publishable key in ${env.PUBLISHABLE_KEY_FILE}.`,
      "The backend's setup writes it; see the setup log."
    )
  }
  return token
}

/**
 * How many HTTP server processes the backend runs in Medusa's cluster mode: with REDIS_URL (events,
 * workflows, locks and cache shared through Redis) one per CPU, or BACKEND_SERVERS; without Redis
 * (or with BACKEND_SERVERS=1) one process that also runs subscribers and jobs (`shared`).
 */
export function backendServers(env) {
  if (!env.REDIS_URL) {
    return 0
  }
  // Medusa forks at most one process per CPU; one server alone is no cluster.
  const servers = Math.min(Number(env.BACKEND_SERVERS ?? availableParallelism()), availableParallelism())
  return Number.isInteger(servers) && servers > 1 ? servers : 0
}

/**
 * The JavaScript heap of each backend process, in MB (issue 14: at most 600 MB of memory each). A
 * server holds ~200-215 MB of live objects after a full collection, before and after crowds of
 * orders; without a limit V8 lets the heap grow towards its default (a quarter of the machine's
 * memory) before collecting, and the processes reached 700-900 MB. BACKEND_HEAP_MB overrides it.
 */
export const BACKEND_HEAP_MB = 384

/**
 * `node [--cpu-prof] --max-old-space-size=… medusa start …`: BACKEND_CPU_PROF_DIR profiles every
 * backend process. Medusa's cluster forks its server processes with the same Node options.
 */
function medusaStart(env, args) {
  const profile = env.BACKEND_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${env.BACKEND_CPU_PROF_DIR}`] : []
  const heap = `--max-old-space-size=${Number(env.BACKEND_HEAP_MB) || BACKEND_HEAP_MB}`
  return [process.execPath, [...profile, heap, medusa, "start", ...args]]
}

/**
 * Spawns the backend's server; `startBackend` also waits until it answers. In cluster mode the
 * service is Medusa's primary process with its server processes (`--servers`: HTTP only, no
 * subscribers or jobs), watched as one: if any of them dies the whole cluster is stopped, so the
 * supervisor starts it again (in Medusa 2.21.2 a process the primary forks after a crash is never
 * sent its start message and would serve nothing).
 */
export function launchBackend(env, logFile) {
  const servers = backendServers(env)
  const [command, args] = medusaStart(env, servers ? ["--cluster", String(servers), "--servers", String(servers)] : [])
  return startService(command, args, {
    cwd: BACKEND_BUILD,
    env: servers ? { ...env, MEDUSA_WORKER_MODE: "server" } : env,
    logFile,
    name: servers ? `The backend (cluster of ${servers} servers)` : "The backend",
    wholeTree: servers > 0,
  })
}

/**
 * With the cluster, one more process runs subscribers (e-mails, storefront revalidation) and jobs,
 * off the request path: Medusa's worker mode, without Medusa Admin, on a free port of its own
 * (`port`: it answers only /health there).
 */
export function launchBackendWorker(env, logFile, port) {
  const [command, args] = medusaStart(env, [])
  return startService(command, args, {
    cwd: BACKEND_BUILD,
    env: { ...env, MEDUSA_WORKER_MODE: "worker", DISABLE_MEDUSA_ADMIN: "true", PORT: String(port) },
    logFile,
    name: "The backend worker",
  })
}

export const backendReady = (env) => (service) => waitForHttp(`http://127.0.0.1:${env.PORT}/health`, service, 180_000)

export async function startBackend(env, logFile) {
  const backend = launchBackend(env, logFile)
  await stage(`Start the backend on :${env.PORT}`, () => backendReady(env)(backend))
  return backend
}

/** Spawns the storefront: Next.js behind its page cache, in one process (storefront/server.mjs). */
export function launchStorefront({
  port,
  backendUrl,
  publishableKey,
  revalidateSecret,
  clientIpSecret,
  logFile,
  extra = {},
}) {
  return startService(process.execPath, [path.join(STOREFRONT, "server.mjs"), "-p", String(port)], {
    cwd: STOREFRONT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      REVALIDATE_SECRET: revalidateSecret,
      CLIENT_IP_SECRET: clientIpSecret,
      STOREFRONT_URL: process.env.STOREFRONT_URL ?? `http://localhost:${port}`,
      ...extra,
    },
    logFile,
    name: "The storefront",
  })
}

export const storefrontReady = (port) => (service) => waitForHttp(`http://127.0.0.1:${port}/`, service, 120_000)

export async function startStorefront(options) {
  const storefront = launchStorefront(options)
  await stage(`Start the storefront on :${options.port}`, () => storefrontReady(options.port)(storefront))
  return storefront
}

export async function ensureLogDirectory() {
  const dir = path.join(DATA, "logs")
  await mkdir(dir, { recursive: true })
  return dir
}
