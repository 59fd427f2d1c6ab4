import { existsSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
export const BACKEND = path.join(ROOT, "backend")
export const BACKEND_BUILD = path.join(BACKEND, ".medusa", "server")
export const STOREFRONT = path.join(ROOT, "storefront")
export const SHARED = path.join(ROOT, "packages", "shared")
export const SEED = path.join(ROOT, "seed")
export const TESTS = path.join(ROOT, "tests")
/** Everything a local run keeps (embedded database, uploads, logs): git-ignored. */
export const DATA = process.env.LCL_DATA_DIR ? path.resolve(process.env.LCL_DATA_DIR) : path.join(ROOT, ".data")
export const BIN = path.join(ROOT, "node_modules", ".bin")

/** A workspace's command: npm puts it in the workspace's own .bin when it had to nest the package. */
export function bin(name, workspace = ROOT) {
  const own = path.join(workspace, "node_modules", ".bin", name)
  return existsSync(own) ? own : path.join(BIN, name)
}
