import { mkdir, readFile, rm, symlink, lstat } from "node:fs/promises"
import path from "node:path"
import { BACKEND_BUILD, BIN, DATA, SEED, STOREFRONT } from "./paths.mjs"
import { queryDatabase } from "./postgres.mjs"
import { run, startService, waitForHttp } from "./processes.mjs"
import { UserFacingError, stage } from "./log.mjs"

/** The environment both the backend's commands and its server run with. */
export function backendEnvironment({ databaseUrl, backendPort, storefrontUrl, uploadDir, extra = {} }) {
  const backendUrl = `http://localhost:${backendPort}`
  return {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? "development",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: databaseUrl,
    PORT: String(backendPort),
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? backendUrl,
    STOREFRONT_URL: storefrontUrl,
    SEED_DIR: SEED,
    UPLOAD_DIR: uploadDir,
    ...extra,
  }
}

/** The built server serves /static from its own folder: point that folder at the uploads. */
async function linkUploads(uploadDir) {
  await mkdir(uploadDir, { recursive: true })
  const link = path.join(BACKEND_BUILD, "static")
  const existing = await lstat(link).catch(() => null)
  if (existing) {
    await rm(link, { recursive: true, force: true })
  }
  await symlink(uploadDir, link, "dir")
}

const medusa = path.join(BIN, "medusa")

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

/** The storefront's publishable key, read from the store the seed created. */
export async function readPublishableKey(databaseUrl) {
  const store = JSON.parse(await readFile(path.join(SEED, "store.json"), "utf8"))
  const rows = await queryDatabase(
    databaseUrl,
    `select token from api_key
      where type = 'publishable' and title = $1 and revoked_at is null and deleted_at is null
      order by created_at limit 1`,
    [store.publishable_key]
  )
  if (!rows[0]) {
    throw new UserFacingError(
      `The store has no publishable API key titled "${store.publishable_key}".`,
      "Run the seed (it creates the key), or create one in Medusa Admin under Settings → Publishable API keys."
    )
  }
  return rows[0].token
}

export async function startBackend(env, logFile) {
  await linkUploads(env.UPLOAD_DIR)
  const backend = startService(medusa, ["start"], {
    cwd: BACKEND_BUILD,
    env,
    logFile,
    name: "The backend",
  })
  await stage(`Start the backend on :${env.PORT}`, () =>
    waitForHttp(`http://127.0.0.1:${env.PORT}/health`, backend, 180_000)
  )
  return backend
}

export async function startStorefront({ port, backendUrl, publishableKey, logFile, extra = {} }) {
  const storefront = startService(path.join(BIN, "next"), ["start", "-p", String(port)], {
    cwd: STOREFRONT,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey,
      ...extra,
    },
    logFile,
    name: "The storefront",
  })
  await stage(`Start the storefront on :${port}`, () =>
    waitForHttp(`http://127.0.0.1:${port}/`, storefront, 120_000)
  )
  return storefront
}

export async function ensureLogDirectory() {
  const dir = path.join(DATA, "logs")
  await mkdir(dir, { recursive: true })
  return dir
}
