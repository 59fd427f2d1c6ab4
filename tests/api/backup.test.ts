import { spawn } from "node:child_process"
import { createHash } from "node:crypto"
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { pathToFileURL } from "node:url"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { placeOrder } from "../support/orders"
import { registerShopper, type Shopper } from "../support/shopper"
import { stack } from "../support/stack"

const ROOT = path.resolve(__dirname, "..", "..")

/** Orders, customers and stock: every row of these tables must come back as it was. */
const STORE_TABLES = [
  "order",
  "order_item",
  "order_line_item",
  "order_summary",
  "order_address",
  "order_shipping",
  "order_transaction",
  "customer",
  "customer_address",
  "inventory_item",
  "inventory_level",
  "reservation_item",
]

type Rows = Record<string, unknown>[]
type Script = { code: number | null; stdout: string; stderr: string }

/** Runs `npm run backup` / `npm run restore`'s script with only the environment given. */
function runScript(name: "backup" | "restore", args: string[], env: Record<string, string>): Promise<Script> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", `${name}.mjs`), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? os.tmpdir(), NO_COLOR: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => (stdout += chunk))
    child.stderr.on("data", (chunk) => (stderr += chunk))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await use(client)
  } finally {
    await client.end()
  }
}

async function tableRows(client: pg.Client, table: string): Promise<Rows> {
  const { rows } = await client.query(`select to_jsonb(t) as row from ${pg.escapeIdentifier(table)} t order by t.id`)
  return rows.map((r) => r.row)
}

async function storeRows(url: string): Promise<Record<string, Rows>> {
  return withClient(url, async (client) => {
    const result: Record<string, Rows> = {}
    for (const table of STORE_TABLES) {
      result[table] = await tableRows(client, table)
    }
    return result
  })
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}

/** Every file under a folder with a hash of its bytes. */
async function fileHashes(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  const hashes: Record<string, string> = {}
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name)
    hashes[path.relative(folder, file)] = createHash("sha256")
      .update(await readFile(file))
      .digest("hex")
  }
  return hashes
}

async function archivesIn(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[])
  return names.filter((name) => name.endsWith(".tar.gz")).map((name) => path.join(folder, name))
}

/** One member of a .tar.gz, read without unpacking the rest. */
function tarMember(archive: string, member: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("tar", ["-xzOf", archive, member], { stdio: ["ignore", "pipe", "inherit"] })
    const chunks: Buffer[] = []
    child.stdout.on("data", (chunk) => chunks.push(chunk))
    child.on("error", reject)
    child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`tar exit ${code}`))))
  })
}

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

type EmbeddedServer = { url: string; stop(): Promise<void> }
type PostgresLib = { startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedServer> }

/** The project's own embedded-PostgreSQL starter (scripts/lib/postgres.mjs), as `npm start` uses it. */
async function startEmbedded(dataDir: string): Promise<EmbeddedServer> {
  const lib: PostgresLib = await import(pathToFileURL(path.join(ROOT, "scripts", "lib", "postgres.mjs")).href)
  return lib.startEmbeddedPostgres({ dataDir, port: await freePort() })
}

let work: string
const createdDatabases: string[] = []
let shopper: Shopper
let orderId: string

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "lcl-backup-"))
  // PostgreSQL runs as the "postgres" user when the tests run as root: it must enter this folder.
  await chmod(work, 0o755)
  // The store backed up has a registered shopper's order, which reserved stock.
  shopper = await registerShopper("backup")
  orderId = (await placeOrder({ token: shopper.token, email: shopper.email, quantity: 2 })).id
})

afterAll(async () => {
  for (const name of createdDatabases) {
    await withClient(withDatabase(stack.databaseUrl, "postgres"), (client) =>
      client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`)
    )
  }
  await rm(work, { recursive: true, force: true })
})

describe("npm run backup / restore with DATABASE_URL", () => {
  it("dumps the store's database and uploads, and restores them into a new database: orders, customers and stock equal", async () => {
    const backups = path.join(work, "db-backups")
    const uploads = stack.backendEnv.UPLOAD_DIR
    const backup = await runScript("backup", ["--dir", backups], {
      DATABASE_URL: stack.databaseUrl,
      UPLOAD_DIR: uploads,
    })
    const serverMajor = await withClient(stack.databaseUrl, async (client) => {
      const { rows } = await client.query("show server_version_num")
      return Math.floor(Number(rows[0].server_version_num) / 10000)
    })
    if (backup.code !== 0 && /pg_dump is version \d+ but/.test(backup.stderr)) {
      // The suite runs on an embedded PostgreSQL of another major version than the machine's
      // pg_dump: the backup must refuse, saying so, and write nothing.
      expect(backup.stderr).toContain(`is version ${serverMajor}: pg_dump must be of the server's major version.`)
      expect(await archivesIn(backups)).toEqual([])
      return
    }
    expect(backup.code, backup.stderr).toBe(0)
    const [archive] = await archivesIn(backups)
    expect(path.basename(archive)).toMatch(/^lacremeluxe-\d{4}-\d{2}-\d{2}T\d{4}Z\.tar\.gz$/)
    const source = await storeRows(stack.databaseUrl)

    const restoredName = `lcl_restored_${Date.now().toString(36)}`
    createdDatabases.push(restoredName)
    const restoredUrl = withDatabase(stack.databaseUrl, restoredName)
    const restoredUploads = path.join(work, "restored-uploads")
    const restore = await runScript("restore", [archive], { DATABASE_URL: restoredUrl, UPLOAD_DIR: restoredUploads })
    expect(restore.code, restore.stderr).toBe(0)

    const restored = await storeRows(restoredUrl)
    for (const table of STORE_TABLES) {
      expect(restored[table], table).toEqual(source[table])
    }
    // Not vacuous: this test's shopper, order and reservation are among the rows compared.
    expect(restored.customer.filter((c) => c.email === shopper.email).map((c) => c.id)).toEqual([shopper.customerId])
    expect(restored.order.filter((o) => o.id === orderId).map((o) => o.customer_id)).toEqual([shopper.customerId])
    const lineIds = restored.order_item.filter((i) => i.order_id === orderId).map((i) => i.item_id)
    expect(lineIds).toHaveLength(1)
    expect(restored.reservation_item.filter((r) => r.line_item_id === lineIds[0]).map((r) => r.quantity)).toEqual([2])

    const uploaded = await fileHashes(uploads)
    expect(Object.keys(uploaded).length).toBeGreaterThan(0)
    expect(await fileHashes(restoredUploads)).toEqual(uploaded)

    const manifest = JSON.parse((await tarMember(archive, "manifest.json")).toString("utf8"))
    expect(manifest).toMatchObject({
      format: "lacremeluxe-backup/1",
      kind: "pg_dump",
      database: { name: new URL(stack.databaseUrl).pathname.slice(1) },
      uploads: { files: Object.keys(uploaded).length },
      versions: { medusa: "2.21.2" },
    })
    expect(manifest.database.dumped_with).toMatch(new RegExp(`\\(PostgreSQL\\) ${serverMajor}\\.`))

    // Restoring again is refused: the database now has tables (and the uploads folder files).
    const again = await runScript("restore", [archive], {
      DATABASE_URL: restoredUrl,
      UPLOAD_DIR: path.join(work, "uploads-again"),
    })
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(
      new RegExp(
        `The database ${restoredName} already has \\d+ tables: a backup is restored only into an empty database\\.`
      )
    )
    const intoFullUploads = await runScript("restore", [archive], {
      DATABASE_URL: withDatabase(stack.databaseUrl, `${restoredName}_unused`),
      UPLOAD_DIR: restoredUploads,
    })
    expect(intoFullUploads.code).toBe(1)
    expect(intoFullUploads.stderr).toContain(`The uploads folder ${restoredUploads} is not empty`)
    // The suite's own database is untouched by the refusals.
    expect(await storeRows(stack.databaseUrl)).toEqual(source)
  }, 180_000)
})

describe("npm run backup / restore of the embedded PostgreSQL's data folder", () => {
  it("refuses while it runs, copies it once stopped, and restores it elsewhere: orders, customers and stock equal", async () => {
    // An embedded PostgreSQL of this test's own, holding the booted store's orders, customers and stock.
    const source = await storeRows(stack.databaseUrl)
    const original = path.join(work, "data-a")
    const backups = path.join(work, "embedded-backups")
    await mkdir(path.join(original, "uploads", "products"), { recursive: true })
    const image = Buffer.from([0, 1, 2, 250, 251, 252, 10, 13])
    await writeFile(path.join(original, "uploads", "products", "serum.webp"), image)
    const server = await startEmbedded(original)
    try {
      await withClient(server.url, async (client) => {
        for (const table of STORE_TABLES) {
          await client.query(`create table ${pg.escapeIdentifier(table)} (id text primary key, row jsonb not null)`)
          for (const row of source[table]) {
            await client.query(`insert into ${pg.escapeIdentifier(table)} values ($1, $2)`, [row.id, row])
          }
        }
      })

      const refused = await runScript("backup", ["--dir", backups], { LCL_DATA_DIR: original })
      expect(refused.code).toBe(1)
      expect(refused.stderr).toMatch(
        /The embedded PostgreSQL is running on this data folder \(pid \d+, port \d+\): a file-level copy needs the store stopped\./
      )
      expect(await archivesIn(backups)).toEqual([])
    } finally {
      await server.stop()
    }

    const backup = await runScript("backup", ["--dir", backups], { LCL_DATA_DIR: original })
    expect(backup.code, backup.stderr).toBe(0)
    const [archive] = await archivesIn(backups)
    expect(path.basename(archive)).toMatch(/^lacremeluxe-\d{4}-\d{2}-\d{2}T\d{4}Z\.tar\.gz$/)

    const copy = path.join(work, "data-b")
    const restore = await runScript("restore", [archive], { LCL_DATA_DIR: copy })
    expect(restore.code, restore.stderr).toBe(0)
    expect(await fileHashes(path.join(copy, "uploads"))).toEqual(await fileHashes(path.join(original, "uploads")))

    const restoredServer = await startEmbedded(copy)
    try {
      await withClient(restoredServer.url, async (client) => {
        for (const table of STORE_TABLES) {
          const { rows } = await client.query(`select row from ${pg.escapeIdentifier(table)} order by id`)
          expect(
            rows.map((r) => r.row),
            table
          ).toEqual(source[table])
        }
      })
      expect(source.order.some((o) => o.id === orderId)).toBe(true)
    } finally {
      await restoredServer.stop()
    }

    // A second restore into the now-filled data folder is refused, and changes nothing.
    const again = await runScript("restore", [archive], {
      LCL_DATA_DIR: copy,
      UPLOAD_DIR: path.join(work, "uploads-b2"),
    })
    expect(again.code).toBe(1)
    expect(again.stderr).toContain(
      `The data folder ${path.join(copy, "postgres")} is not empty: a backup is restored only into an empty or absent data folder.`
    )
    // A data-folder copy is not loaded into a database server.
    const intoServer = await runScript("restore", [archive], {
      DATABASE_URL: withDatabase(stack.databaseUrl, "lcl_never_created"),
      UPLOAD_DIR: path.join(work, "uploads-b3"),
    })
    expect(intoServer.code).toBe(1)
    expect(intoServer.stderr).toContain("is a file-level copy of the embedded PostgreSQL's data folder")
  }, 240_000)
})
