// `npm run restore <archive>`: puts a backup back — into an empty database at DATABASE_URL (a
// pg_dump archive) or into an absent or empty embedded data folder (a data-folder archive), and the
// uploads into an absent or empty uploads folder. It refuses, with a sentence, to overwrite anything.
import { mkdir, mkdtemp, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import {
  KINDS,
  MEMBERS,
  checkToolMatchesServer,
  embeddedDataFolder,
  embeddedPostgresVersion,
  isEmptyOrAbsent,
  libpqConnection,
  loadDotenv,
  readManifest,
  runTool,
  tableCount,
  uploadsFolder,
} from "./lib/backup.mjs"
import { UserFacingError, bold, exitWithError, info, stage } from "./lib/log.mjs"
import { databaseName, ensureDatabase, withDatabase } from "./lib/postgres.mjs"

async function checkEmptyDatabase(url, manifest, archive) {
  if (manifest.kind !== KINDS.dump) {
    throw new UserFacingError(
      `${archive} is a file-level copy of the embedded PostgreSQL's data folder, which cannot be loaded into the database at DATABASE_URL.`,
      "Unset DATABASE_URL to restore it into the embedded data folder (`.data/postgres`, or LCL_DATA_DIR's)."
    )
  }
  // The server's version is asked through its maintenance database: the target may not exist yet.
  await checkToolMatchesServer("pg_restore", withDatabase(url, "postgres"))
  await ensureDatabase(url)
  const tables = await tableCount(url)
  if (tables > 0) {
    throw new UserFacingError(
      `The database ${databaseName(url)} already has ${tables} tables: a backup is restored only into an empty database.`,
      "Point DATABASE_URL at a new database name (it is created for you), or drop this one first."
    )
  }
}

async function checkEmptyDataFolder(databaseDir, manifest, archive) {
  if (manifest.kind !== KINDS.dataFolder) {
    throw new UserFacingError(
      `${archive} holds a pg_dump of a database, which is restored into a PostgreSQL server, not the embedded data folder.`,
      "Set DATABASE_URL to an empty (or new) database and run the restore again."
    )
  }
  if (!(await isEmptyOrAbsent(databaseDir))) {
    throw new UserFacingError(
      `The data folder ${databaseDir} is not empty: a backup is restored only into an empty or absent data folder.`,
      "Stop the store, move that folder away (or set LCL_DATA_DIR to another folder), then restore again."
    )
  }
  const archived = String(manifest.database?.postgres_major)
  const ours = embeddedPostgresVersion().split(".")[0]
  if (archived !== ours) {
    throw new UserFacingError(
      `The archive holds a PostgreSQL ${archived} data folder, but this store's embedded PostgreSQL is version ${ours}: a file-level copy only opens with the same major version.`,
      "Restore it with the version of the store that wrote it."
    )
  }
}

async function restoreDump(url, archive) {
  const work = await mkdtemp(path.join(os.tmpdir(), "lcl-restore-"))
  try {
    await stage("Unpack the database dump", () => runTool("tar", ["-xzf", archive, "-C", work, MEMBERS.dump]))
    const { dbname, env } = libpqConnection(url)
    await stage(`Restore into the database ${databaseName(url)} (pg_restore)`, () =>
      runTool(
        "pg_restore",
        [
          "--no-owner",
          "--no-acl",
          "--exit-on-error",
          "--single-transaction",
          `--dbname=${dbname}`,
          path.join(work, MEMBERS.dump),
        ],
        { env, what: "pg_restore" }
      )
    )
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function main() {
  loadDotenv()
  const given = process.argv.slice(2).find((arg) => !arg.startsWith("-"))
  if (!given) {
    throw new UserFacingError("Which archive? Give its path: npm run restore backups/lacremeluxe-….tar.gz")
  }
  const archive = path.resolve(process.env.INIT_CWD ?? process.cwd(), given)
  const manifest = await readManifest(archive)
  info(
    `${path.basename(archive)}: ${manifest.kind} taken ${manifest.created_at}, ${manifest.uploads?.files ?? 0} uploads`
  )
  const url = process.env.DATABASE_URL
  const databaseDir = embeddedDataFolder()
  const uploads = uploadsFolder()

  // Every check before anything is written.
  if (!(await isEmptyOrAbsent(uploads))) {
    throw new UserFacingError(
      `The uploads folder ${uploads} is not empty: a backup is restored only into an empty or absent one.`,
      "Move it away (or set UPLOAD_DIR to another folder), then restore again."
    )
  }
  if (url) {
    await checkEmptyDatabase(url, manifest, archive)
  } else {
    await checkEmptyDataFolder(databaseDir, manifest, archive)
  }

  if (url) {
    await restoreDump(url, archive)
  } else {
    await stage(`Restore the embedded data folder into ${databaseDir}`, async () => {
      await mkdir(path.dirname(databaseDir), { recursive: true })
      await rm(databaseDir, { recursive: true, force: true })
      await runTool("tar", ["-xzf", archive, "-C", path.dirname(databaseDir), MEMBERS.dataFolder])
    })
  }
  await stage(`Restore the uploads into ${uploads}`, async () => {
    await mkdir(uploads, { recursive: true })
    await runTool("tar", ["-xzf", archive, "-C", uploads, "--strip-components=1", MEMBERS.uploads])
  })
  info(`${bold("Restored.")} ${url ? "Start the store with this DATABASE_URL" : "Start the store"}: npm start`)
}

main().catch(exitWithError)
