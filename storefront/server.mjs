// The storefront's server: Next.js with the page cache in front (page-cache.mjs) and a 503 page
// for pages Next cannot make (back-soon.mjs), in one process. `npm start`, the tests and the
// container all run it: node server.mjs [-p port]. With REDIS_URL, Next's cache lives in Redis
// (cache-handler.mjs) and a revalidation through any instance empties every instance's page cache.
import { createServer } from "node:http"
import path from "node:path"
import { fileURLToPath } from "node:url"
import next from "next"
import { addressProblem } from "@lacremeluxe/shared"
import { withBackSoonPage } from "./back-soon.mjs"
import { dropPagesShowing, withPageCache } from "./page-cache.mjs"
import { cacheNamespace, onRevalidated, storefrontRedisUrl } from "./redis-channel.mjs"
import { environmentProblems } from "./required-env.mjs"

const problems = environmentProblems(process.env)
if (problems.length) {
  console.error(`\nThe storefront cannot start:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\n`)
  process.exit(1)
}

const portArg = process.argv.indexOf("-p")
const port = Number(portArg > -1 ? process.argv[portArg + 1] : (process.env.PORT ?? 8000))
const hostname = process.env.HOSTNAME ?? "0.0.0.0"

// As `next start` does: Next builds absolute URLs (redirects) from "localhost" and the port,
// whatever address the server listens on.
const app = next({ dev: false, dir: path.dirname(fileURLToPath(import.meta.url)), hostname: "localhost", port })
await app.prepare()
const handle = app.getRequestHandler()

const redisUrl = storefrontRedisUrl()
if (redisUrl) {
  onRevalidated(redisUrl, cacheNamespace(), dropPagesShowing)
}

/**
 * An address no page has (broken percent-encoding, control characters, an oversized part) is
 * refused with a 400 and a sentence before Next, which would fail on decoding it with a 500.
 */
function refuseBadAddress(serve) {
  return (req, res) => {
    const problem = addressProblem(req.url ?? "/")
    if (!problem) return serve(req, res)
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" })
    res.end(`${problem}\n`)
  }
}

createServer(refuseBadAddress(withPageCache(withBackSoonPage((req, res) => handle(req, res))))).listen(
  port,
  hostname,
  () => {
    console.log(`storefront ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`)
  }
)
