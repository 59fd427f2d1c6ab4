import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

// The supply chain: every dependency pinned to one exact version, package-lock.json the only
// source of what is installed (`npm ci`), and install scripts run only for the packages the root
// package.json lists in `allowScripts` (.npmrc's strict-allow-scripts makes npm refuse any other).

const ROOT = path.resolve(__dirname, "..", "..")
const SKIPPED_FOLDERS = new Set(["node_modules", ".git", ".medusa", ".next", ".data", "dist", "test-results"])
const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"] as const
/** One exact semver version: no ^ ~ * ranges, no tags, no URLs or paths. */
const EXACT_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/

type Manifest = {
  name?: string
  version?: string
  workspaces?: string[]
  allowScripts?: Record<string, boolean>
  overrides?: Record<string, unknown>
} & Partial<Record<(typeof DEPENDENCY_FIELDS)[number], Record<string, string>>>

type LockEntry = Manifest & {
  link?: boolean
  resolved?: string
  integrity?: string
  inBundle?: boolean
  hasInstallScript?: boolean
  optional?: boolean
}

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, "utf8"))

/** Every package.json of the repository outside installed and built folders, by folder ("" is the root). */
async function manifests(folder = ""): Promise<Map<string, Manifest>> {
  const found = new Map<string, Manifest>()
  for (const entry of await readdir(path.join(ROOT, folder), { withFileTypes: true })) {
    const relative = path.posix.join(folder, entry.name)
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) {
      for (const [dir, manifest] of await manifests(relative)) {
        found.set(dir, manifest)
      }
    } else if (entry.name === "package.json") {
      found.set(folder, await readJson(path.join(ROOT, relative)))
    }
  }
  return found
}

/** Each override's version, however deeply nested ("next": { "react": "19.3.1" }). */
function overrideVersions(overrides: Record<string, unknown>, under = "overrides"): [string, string][] {
  return Object.entries(overrides).flatMap(([name, value]) =>
    typeof value === "string"
      ? [[`${under} ${name}`, value]]
      : overrideVersions(value as Record<string, unknown>, `${under} ${name}`)
  )
}

function npm(args: string[], cwd: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile("npm", args, { cwd, encoding: "utf8", timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr })
    )
  })
}

let all: Map<string, Manifest>
let root: Manifest
let lock: { packages: Record<string, LockEntry> }

beforeAll(async () => {
  all = await manifests()
  root = all.get("")!
  lock = await readJson(path.join(ROOT, "package-lock.json"))
})

describe("dependencies are pinned and installed from the lockfile only", () => {
  it("finds the workspace's package.json files: the root, its workspaces and the fakes' module marker", () => {
    expect([...all.keys()].sort()).toEqual(["", ...root.workspaces!, "tests/fakes"].sort())
  })

  it("pins every dependency and override of every package.json to one exact version", () => {
    const unpinned = [...all].flatMap(([dir, manifest]) =>
      [
        ...DEPENDENCY_FIELDS.flatMap((field) =>
          Object.entries(manifest[field] ?? {}).map(([name, version]) => [`${field} ${name}`, version])
        ),
        ...overrideVersions(manifest.overrides ?? {}),
      ]
        .filter(([, version]) => !EXACT_VERSION.test(version))
        .map(([what, version]) => `${dir || "."}/package.json ${what}: "${version}"`)
    )
    expect(unpinned).toEqual([])
  })

  it("has package-lock.json record exactly the pins of each workspace and install those versions", () => {
    const disagreements: string[] = []
    for (const [dir, manifest] of all) {
      const locked = lock.packages[dir]
      if (!locked) {
        // Not a workspace (tests/fakes only marks its compiled files as ES modules): nothing of it
        // would be installed, so it may name no dependency.
        for (const field of DEPENDENCY_FIELDS) {
          if (manifest[field]) disagreements.push(`${dir}/package.json is not a workspace but has ${field}`)
        }
        continue
      }
      for (const field of DEPENDENCY_FIELDS) {
        for (const [name, version] of Object.entries(manifest[field] ?? {})) {
          if (locked[field]?.[name] !== version) {
            disagreements.push(
              `${dir || "."} ${field} ${name}: package.json ${version}, lockfile ${locked[field]?.[name]}`
            )
          }
          const nested = lock.packages[path.posix.join(dir, "node_modules", name)]
          const entry = nested ?? lock.packages[path.posix.join("node_modules", name)]
          const installed = entry?.link ? lock.packages[entry.resolved!]?.version : entry?.version
          if (installed !== version) {
            disagreements.push(`${dir || "."} ${field} ${name}: pinned ${version}, lockfile installs ${installed}`)
          }
        }
        for (const name of Object.keys(locked[field] ?? {})) {
          if (!manifest[field]?.[name]) {
            disagreements.push(`${dir || "."} ${field} ${name}: in the lockfile, not in package.json`)
          }
        }
      }
    }
    expect(disagreements).toEqual([])
  })

  it("takes every package from the npm registry with an integrity hash (no git, URL or path sources)", () => {
    const unverified = Object.entries(lock.packages)
      .filter(([key, entry]) => key.includes("node_modules/") && !entry.link && !entry.inBundle)
      .filter(
        ([, entry]) =>
          !entry.integrity?.startsWith("sha512-") ||
          (entry.resolved !== undefined && !entry.resolved.startsWith("https://registry.npmjs.org/"))
      )
      .map(([key]) => key)
    expect(unverified).toEqual([])
  })
})

describe("install scripts run only for the packages listed in allowScripts", () => {
  let probeDir: string
  let probeTarball: string

  beforeAll(async () => {
    // A package of our own whose postinstall leaves a mark, packed to a tarball (no registry needed).
    probeDir = await mkdtemp(path.join(tmpdir(), "lcl-allow-scripts-"))
    const pkg = path.join(probeDir, "probe")
    await mkdir(pkg)
    await writeFile(
      path.join(pkg, "package.json"),
      JSON.stringify({
        name: "lcl-install-script-probe",
        version: "1.0.0",
        scripts: { postinstall: "node -e \"require('fs').writeFileSync(process.env.INIT_CWD + '/script-ran', '')\"" },
      })
    )
    await npm(["pack", "--silent"], pkg)
    probeTarball = path.join(pkg, "lcl-install-script-probe-1.0.0.tgz")
  })

  afterAll(async () => {
    await rm(probeDir, { recursive: true, force: true })
  })

  /** A project with this repository's .npmrc and allowScripts (plus `extra`) that depends on the probe. */
  async function installProbe(name: string, extra: Record<string, boolean>) {
    const project = path.join(probeDir, name)
    await mkdir(project)
    await copyFile(path.join(ROOT, ".npmrc"), path.join(project, ".npmrc"))
    await writeFile(
      path.join(project, "package.json"),
      JSON.stringify({
        name,
        private: true,
        dependencies: { "lcl-install-script-probe": `file:${probeTarball}` },
        allowScripts: { ...root.allowScripts, ...extra },
      })
    )
    const result = await npm(["install", "--offline"], project)
    return { ...result, ran: existsSync(path.join(project, "script-ran")) }
  }

  it("lists every package of the lockfile that has an install script, allowed (true) or denied (false)", () => {
    const unlisted = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([key]) => key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length))
      .filter((name) => typeof root.allowScripts?.[name] !== "boolean")
    expect(unlisted).toEqual([])
    // npm reads the policy from the root only; one in a workspace would be silently ignored.
    expect([...all].filter(([dir, manifest]) => dir && manifest.allowScripts).map(([dir]) => dir)).toEqual([])
  })

  it("makes npm refuse to install a package whose install script is not listed, before it runs", async () => {
    const npmrc = await readFile(path.join(ROOT, ".npmrc"), "utf8")
    expect(npmrc.split("\n")).toContain("strict-allow-scripts=true")
    const refused = await installProbe("unlisted", {})
    expect(refused.code).not.toBe(0)
    expect(refused.output).toContain("ESTRICTALLOWSCRIPTS")
    expect(refused.output).toContain("lcl-install-script-probe@1.0.0 (postinstall:")
    expect(refused.ran).toBe(false)
  })

  it("runs the install script of a package once it is listed", async () => {
    const allowed = await installProbe("listed", { [`file:${probeTarball}`]: true })
    expect(allowed.code, allowed.output).toBe(0)
    expect(allowed.ran).toBe(true)
  })
})
