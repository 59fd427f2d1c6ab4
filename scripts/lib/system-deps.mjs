import { existsSync } from "node:fs"
import { spawnSync } from "node:child_process"
import { UserFacingError, info, stage } from "./log.mjs"

/** What npm cannot install: Debian packages the test suite drives. */
const SYSTEM_TOOLS = [
  {
    binary: "/usr/bin/chromium",
    debianPackage: "chromium",
    why: "the browser tests (Playwright drives Debian's Chromium)",
  },
  { binary: "/usr/bin/docker-compose", debianPackage: "docker-compose", why: "validating docker-compose.yml" },
  {
    binary: "/usr/bin/redis-server",
    debianPackage: "redis-server",
    why: "tests that need a Redis of their own (the shared rate-limit window without REDIS_URL)",
  },
]

function aptGet(args) {
  const result = spawnSync("apt-get", args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    encoding: "utf8",
  })
  if (result.status !== 0) {
    throw new UserFacingError(
      `apt-get ${args.join(" ")} failed.`,
      result.stderr.trim().split("\n").slice(-5).join("\n")
    )
  }
}

/** Installs the missing Debian packages with apt-get when we may (root), or says exactly what to install. */
export async function ensureSystemTools() {
  const missing = SYSTEM_TOOLS.filter((tool) => !existsSync(tool.binary))
  if (!missing.length) {
    return
  }
  const packages = missing.map((tool) => tool.debianPackage)
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")
  if (!canInstall) {
    throw new UserFacingError(
      `Missing ${missing.map((t) => `${t.binary} (${t.why})`).join(" and ")}.`,
      `Install them, e.g. \`sudo apt-get install -y ${packages.join(" ")}\`, then run \`npm test\` again.`
    )
  }
  await stage(`Install ${packages.join(", ")} with apt-get`, async () => {
    aptGet(["update", "-qq"])
    aptGet(["install", "-y", "-qq", ...packages])
    info("installed")
  })
}
