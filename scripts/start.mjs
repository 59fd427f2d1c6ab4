// `npm start`: the whole store on this machine, from a fresh clone, with nothing else installed.
// `npm run seed`: the same database, migrated, with what seed/ describes and the store lacks added.
import { readFile, writeFile } from "node:fs/promises"
import { existsSync } from "node:fs"
import path from "node:path"
import { buildBackend, buildStorefront } from "./lib/build.mjs"
import { bold, exitWithError, info, stage } from "./lib/log.mjs"
import { BACKEND_BUILD, DATA, ROOT } from "./lib/paths.mjs"
import { ensureDatabase, holdsPublishableKey, startEmbeddedPostgres, withDatabase } from "./lib/postgres.mjs"
import { checkNodeVersion, checkPortFree, freePort } from "./lib/preflight.mjs"
import { stopAllServices, stopService, waitForOutput } from "./lib/processes.mjs"
import {
  backendEnvironment,
  backendReady,
  backendServers,
  ensureLogDirectory,
  launchBackend,
  launchBackendWorker,
  launchStorefront,
  prepareDatabase,
  readPublishableKey,
  seedStore,
  startBackend,
  startStorefront,
  storefrontReady,
} from "./lib/stack.mjs"
import { supervise } from "./lib/supervise.mjs"

const BACKEND_PORT = Number(process.env.PORT ?? 9000)
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)
const EMBEDDED_POSTGRES_PORT = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 5439)
const DEFAULT_ADMIN_EMAIL = "admin@lacremeluxe.test"
const DEFAULT_ADMIN_PASSWORD = "lacremeluxe-admin"

const shutdownTasks = []
/** Stopped first on shutdown, so that stopping the servers is not taken for a crash. */
const supervisors = []
let shuttingDown = false

async function shutdown(code) {
  if (shuttingDown) {
    return
  }
  shuttingDown = true
  process.stdout.write("\nStopping …\n")
  supervisors.forEach((supervisor) => supervisor.stop())
  await stopAllServices()
  for (const task of shutdownTasks.reverse()) {
    await task().catch(() => {})
  }
  process.exit(code)
}

async function database() {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL
    await stage(`Use the PostgreSQL at DATABASE_URL (${new URL(url).host})`, () => ensureDatabase(url))
    return url
  }
  const server = await stage(
    `Start the embedded PostgreSQL on :${EMBEDDED_POSTGRES_PORT} (data in ${path.relative(process.cwd(), DATA) || "."})`,
    async () => {
      await checkPortFree(EMBEDDED_POSTGRES_PORT, "embedded PostgreSQL")
      return startEmbeddedPostgres({ dataDir: DATA, port: EMBEDDED_POSTGRES_PORT })
    }
  )
  shutdownTasks.push(server.stop)
  const url = withDatabase(server.url, "lacremeluxe")
  await ensureDatabase(url)
  return url
}

/**
 * Migrating and seeding are skipped when this build already prepared this database with the
 * same settings (setup also offers Stripe in the regions when STRIPE_API_KEY is set) and the
 * database still holds the store's key (one dropped and created again empty is prepared anew).
 */
async function prepareIfNeeded(databaseUrl, env, logFile) {
  const stampFile = path.join(DATA, "prepared.json")
  const stamps = existsSync(stampFile) ? JSON.parse(await readFile(stampFile, "utf8")) : {}
  const buildHash = (await readFile(path.join(BACKEND_BUILD, ".build-hash"), "utf8")).trim()
  const stamp = `${buildHash}${env.STRIPE_API_KEY ? "+stripe" : ""}`
  if (stamps[databaseUrl] === stamp) {
    const key = await readPublishableKey(env).catch(() => null)
    if (key && (await holdsPublishableKey(databaseUrl, key))) {
      await stage("Database already migrated and seeded by this build", async () => {})
      return key
    }
  }
  await prepareDatabase(env, logFile)
  stamps[databaseUrl] = stamp
  await writeFile(stampFile, JSON.stringify(stamps, null, 2))
  return readPublishableKey(env)
}

async function main() {
  checkNodeVersion()
  const dotenv = path.join(ROOT, ".env")
  if (existsSync(dotenv)) {
    process.loadEnvFile(dotenv)
  }
  const buildOnly = process.argv.includes("--build-only")
  const seedOnly = process.argv.includes("--seed")
  const logs = await ensureLogDirectory()
  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  const buildEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", NEXT_TELEMETRY_DISABLED: "1" }

  if (!buildOnly && !seedOnly) {
    await stage("Check ports", async () => {
      await checkPortFree(BACKEND_PORT, "backend")
      await checkPortFree(STOREFRONT_PORT, "storefront")
    })
  }
  await buildBackend(buildEnv)
  await buildStorefront(buildEnv)
  if (buildOnly) {
    return
  }
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))

  const databaseUrl = await database()
  const env = backendEnvironment({
    databaseUrl,
    backendPort: BACKEND_PORT,
    storefrontUrl,
    dataDir: DATA,
  })
  if (seedOnly) {
    await seedStore(env, path.join(logs, "seed.log"))
    await shutdown(0)
    return
  }
  const publishableKey = await prepareIfNeeded(databaseUrl, env, path.join(logs, "setup.log"))
  const storefrontOptions = {
    port: STOREFRONT_PORT,
    backendUrl: env.MEDUSA_BACKEND_URL,
    publishableKey,
    revalidateSecret: env.REVALIDATE_SECRET,
    clientIpSecret: env.CLIENT_IP_SECRET,
    logFile: path.join(logs, "storefront.log"),
  }
  const backend = await startBackend(env, path.join(logs, "backend.log"))
  const storefront = await startStorefront(storefrontOptions)
  if (backendServers(env)) {
    // Cluster mode (REDIS_URL): subscribers and jobs run in a worker process of their own.
    const workerLog = path.join(logs, "backend-worker.log")
    const workerReady = (service) => waitForOutput(service, /Server is ready/)
    const workerPort = await freePort()
    const worker = launchBackendWorker(env, workerLog, workerPort)
    await stage("Start the backend worker (subscribers, jobs)", () => workerReady(worker))
    supervisors.push(
      supervise({
        service: worker,
        launch: () => launchBackendWorker(env, workerLog, workerPort),
        ready: workerReady,
        stop: stopService,
        survivor: "The backend's servers and the storefront (e-mails and page refreshes wait in Redis)",
      })
    )
  }
  // A crashed backend or storefront is started again while the other keeps serving.
  supervisors.push(
    supervise({
      service: backend,
      launch: () => launchBackend(env, backend.logFile),
      ready: backendReady(env),
      stop: stopService,
      survivor: "The storefront (cached pages; personal pages say we'll be right back)",
    }),
    supervise({
      service: storefront,
      launch: () => launchStorefront(storefrontOptions),
      ready: storefrontReady(STOREFRONT_PORT),
      stop: stopService,
      survivor: "The backend (Medusa Admin, the API)",
    })
  )
  const usingDefaultPassword = !process.env.ADMIN_PASSWORD
  process.stdout.write(`
${bold("LACREMELUXE is running.")}
  Storefront     ${storefrontUrl}
  Medusa Admin   ${env.MEDUSA_BACKEND_URL}/app
  Admin login    ${process.env.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL} / ${usingDefaultPassword ? DEFAULT_ADMIN_PASSWORD : "(ADMIN_PASSWORD)"}
  Logs           ${logs}
Press Ctrl-C to stop.
`)
  info("")
}

main().catch(async (error) => {
  supervisors.forEach((supervisor) => supervisor.stop())
  await stopAllServices()
  for (const task of shutdownTasks.reverse()) {
    await task().catch(() => {})
  }
  exitWithError(error)
})
