// Builds the package twice from one source: ES modules for the storefront, the admin's Vite
// bundle and the tests; CommonJS for the Medusa backend, which compiles to CommonJS.
import { execFileSync } from "node:child_process"
import { rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc")
const dist = path.join(here, "dist")

rmSync(dist, { recursive: true, force: true })
execFileSync(process.execPath, [tsc, "-p", path.join(here, "tsconfig.json")], { stdio: "inherit" })
execFileSync(
  process.execPath,
  [
    tsc,
    "-p",
    path.join(here, "tsconfig.json"),
    "--module",
    "CommonJS",
    "--moduleResolution",
    "Node10",
    "--outDir",
    path.join(dist, "cjs"),
  ],
  { stdio: "inherit" }
)
writeFileSync(path.join(dist, "cjs", "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`)
