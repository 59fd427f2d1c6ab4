import { createHash } from "node:crypto"
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises"
import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { BACKEND, BACKEND_BUILD, DATA, ROOT, SHARED, STOREFRONT, TESTS, bin } from "./paths.mjs"
import { run } from "./processes.mjs"
import { info, stage } from "./log.mjs"

const IGNORED = new Set(["node_modules", ".medusa", ".next", "static", ".cache", "test-results"])

async function filesUnder(entry) {
  if (!existsSync(entry)) {
    return []
  }
  const stats = await readdir(entry, { withFileTypes: true }).catch(() => null)
  if (!stats) {
    return [entry]
  }
  const nested = await Promise.all(
    stats.filter((dirent) => !IGNORED.has(dirent.name)).map((dirent) => filesUnder(path.join(entry, dirent.name)))
  )
  return nested.flat()
}

/**
 * A hash of every input of a build — its files, and the environment variables baked into it —
 * so an unchanged tree is not built again, and a changed setting is.
 */
async function hashInputs(inputs, envInputs, env) {
  const files = (await Promise.all(inputs.map(filesUnder))).flat().sort()
  const hash = createHash("sha256")
  for (const file of files) {
    hash.update(path.relative(ROOT, file))
    hash.update(await readFile(file))
  }
  for (const name of envInputs) {
    hash.update(`${name}=${env[name] ?? ""}\n`)
  }
  return hash.digest("hex")
}

async function buildIfChanged({ name, inputs, envInputs, stampFile, command, args, cwd, env }) {
  const hash = await hashInputs(inputs, envInputs, env)
  const previous = existsSync(stampFile) ? (await readFile(stampFile, "utf8")).trim() : ""
  if (previous === hash) {
    return stage(`Build ${name}`, async () => info("unchanged since the last build"))
  }
  await mkdir(path.join(DATA, "logs"), { recursive: true })
  await rm(stampFile, { force: true })
  await stage(`Build ${name}`, () =>
    run(command, args, {
      cwd,
      env,
      logFile: path.join(DATA, "logs", `build-${name}.log`),
      what: `Building the ${name}`,
    })
  )
  await writeFile(stampFile, `${hash}\n`)
}

const LOCKFILE = path.join(ROOT, "package-lock.json")
const SHARED_SOURCES = path.join(SHARED, "src")

let sharedBuilt
/** The shared contracts package (ESM + CommonJS in its dist/), which both builds import. Once per run. */
function buildShared(env) {
  sharedBuilt ??= buildIfChanged({
    name: "shared contracts",
    inputs: [
      SHARED_SOURCES,
      path.join(SHARED, "package.json"),
      path.join(SHARED, "tsconfig.json"),
      path.join(SHARED, "build.mjs"),
    ],
    envInputs: [],
    stampFile: path.join(SHARED, "dist", ".build-hash"),
    command: process.execPath,
    args: [path.join(SHARED, "build.mjs")],
    cwd: SHARED,
    env,
  })
  return sharedBuilt
}

const FAKES = path.join(TESTS, "fakes")

/**
 * The test harness's fake of Stripe's API (tests/fakes/stripe), compiled to JavaScript in
 * tests/fakes/dist/stripe: scripts/test.mjs runs under plain Node, which cannot import TypeScript.
 */
export function buildStripeFake(env) {
  return buildIfChanged({
    name: "Stripe fake",
    inputs: [path.join(FAKES, "stripe"), path.join(FAKES, "package.json"), path.join(ROOT, "tsconfig.json")],
    envInputs: [],
    stampFile: path.join(FAKES, "dist", "stripe", ".build-hash"),
    command: process.execPath,
    args: [
      createRequire(import.meta.url).resolve("typescript/bin/tsc"),
      "-p",
      path.join(FAKES, "stripe", "tsconfig.json"),
    ],
    cwd: FAKES,
    env,
  })
}

export async function buildBackend(env) {
  await buildShared(env)
  await buildIfChanged({
    name: "backend",
    inputs: [
      path.join(BACKEND, "src"),
      path.join(BACKEND, "medusa-config.ts"),
      path.join(BACKEND, "package.json"),
      path.join(BACKEND, "tsconfig.json"),
      SHARED_SOURCES,
      LOCKFILE,
    ],
    // Read by medusa-config.ts when the admin is built.
    envInputs: ["ADMIN_BACKEND_URL", "NODE_ENV"],
    // Inside the output: `medusa build` wipes it, so a half-finished build never looks current.
    stampFile: path.join(BACKEND_BUILD, ".build-hash"),
    command: bin("medusa", BACKEND),
    args: ["build"],
    cwd: BACKEND,
    env,
  })
}

export async function buildStorefront(env) {
  await buildShared(env)
  await buildIfChanged({
    name: "storefront",
    inputs: [
      path.join(STOREFRONT, "src"),
      path.join(STOREFRONT, "public"),
      path.join(STOREFRONT, "next.config.ts"),
      path.join(STOREFRONT, "postcss.config.mjs"),
      path.join(STOREFRONT, "package.json"),
      path.join(STOREFRONT, "tsconfig.json"),
      SHARED_SOURCES,
      LOCKFILE,
    ],
    // Read by next.config.ts at build time: the CSP's image origins and HSTS are fixed then.
    envInputs: ["PUBLIC_BACKEND_URL", "DISABLE_HSTS", "NODE_ENV"],
    stampFile: path.join(STOREFRONT, ".next", ".build-hash"),
    command: bin("next", STOREFRONT),
    args: ["build"],
    cwd: STOREFRONT,
    env,
  })
}
