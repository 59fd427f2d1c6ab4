// The storefront's page cache: public pages (those Next marks shareable: the guide, product
// pages, the home page, legal pages) kept as finished responses in memory and served without
// running any page code, the way a caching reverse proxy or CDN would, inside the same process.
// Next decides what is public (its Cache-Control); anything personal (cookies read, carts,
// accounts, checkout) is sent "private, no-store" by Next and never enters this cache.
// POST /api/revalidate drops the pages showing what changed (by path, pageShowsTags in
// @lacremeluxe/shared; see src/app/api/revalidate/route.ts), so an edit in Medusa
// Admin shows at once, and entries live at most TTL_MS in any case. With REDIS_URL, every instance
// also drops them when any instance revalidated a tag (server.mjs listens on redis-channel.mjs).
import { pageShowsTags } from "@lacremeluxe/shared"

export const TTL_MS = 30_000
const MAX_ENTRIES = 500
const MAX_BODY_BYTES = 2 * 1024 * 1024

/** One cache per process. */
export function pageCache() {
  const key = Symbol.for("lacremeluxe.pageCache")
  globalThis[key] ??= new Map()
  return globalThis[key]
}

/** Bumped by every drop: a page rendered across a drop may show what was dropped, and is not kept. */
let generation = 0
export const currentGeneration = () => generation

/** Drops the pages that show data behind these cache tags. */
export function dropPagesShowing(tags) {
  generation++
  const cache = pageCache()
  for (const key of [...cache.keys()]) {
    if (pageShowsTags(key.split("|")[0], tags)) cache.delete(key)
  }
}

// Next's route handlers are bundled apart from this file: /api/revalidate reaches the drop by this symbol.
globalThis[Symbol.for("lacremeluxe.pageCache.drop")] = dropPagesShowing

/** The shop's addresses whose query picks filters or a search (src/proxy.ts routes them to a cached page). */
const FILTERED_SHOP = /^\/[a-z]{2}\/shop(?:\/[a-z0-9-]+)?\/?\?/

/**
 * Requests the cache may answer: plain page loads (no RSC navigation, no cookies needed), without a
 * query but for the shop's filters and search.
 */
export function cacheKey(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null
  const url = req.url ?? ""
  if (!url.startsWith("/") || url.startsWith("/_next/") || url.startsWith("/api/")) return null
  if (url.includes("?") && !FILTERED_SHOP.test(url)) return null
  const h = req.headers
  if (h.rsc || h["next-router-prefetch"] || h["next-router-state-tree"] || h["next-action"]) return null
  const gzip = /\bgzip\b/.test(String(h["accept-encoding"] ?? ""))
  return `${url}|${gzip ? "gzip" : "identity"}`
}

/** Whether a finished response may be shared: Next said so, it is fresh, and it is a whole page. */
export function shareable(statusCode, headers) {
  const cacheControl = String(headers["cache-control"] ?? "")
  return (
    statusCode === 200 &&
    /\bs-maxage=\d+/.test(cacheControl) &&
    !/\b(private|no-store|no-cache)\b/.test(cacheControl) &&
    headers["set-cookie"] === undefined &&
    headers["x-nextjs-cache"] !== "STALE" &&
    String(headers["content-type"] ?? "").startsWith("text/html")
  )
}

export function lookup(key, now = Date.now()) {
  const cache = pageCache()
  const entry = cache.get(key)
  if (entry && now - entry.storedAt < TTL_MS) return entry
  if (entry) cache.delete(key)
  return null
}

export function store(key, statusCode, headers, body, now = Date.now(), renderedSince = generation) {
  if (renderedSince !== generation || !shareable(statusCode, headers) || body.length > MAX_BODY_BYTES) return false
  const cache = pageCache()
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value)
  const kept = { ...headers }
  delete kept.date
  delete kept.connection
  delete kept["keep-alive"]
  delete kept["transfer-encoding"]
  kept["content-length"] = String(body.length)
  cache.set(key, { headers: kept, body, storedAt: now })
  return true
}

/**
 * Wraps a request handler: answers from the cache when it can, otherwise lets the handler
 * answer and keeps a copy of what it sent when that may be shared.
 */
export function withPageCache(handle) {
  return (req, res) => {
    const key = cacheKey(req)
    if (!key) return handle(req, res)
    const hit = lookup(key)
    if (hit) {
      res.writeHead(200, { ...hit.headers, date: new Date().toUTCString(), "x-page-cache": "HIT" })
      res.end(req.method === "HEAD" ? undefined : hit.body)
      return
    }
    if (req.method === "HEAD") return handle(req, res)
    const renderedSince = generation
    const chunks = []
    const write = res.write.bind(res)
    const end = res.end.bind(res)
    res.write = (chunk, ...rest) => {
      if (chunk) chunks.push(Buffer.from(chunk))
      return write(chunk, ...rest)
    }
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk))
      return end(chunk, ...rest)
    }
    res.on("finish", () =>
      store(key, res.statusCode, res.getHeaders(), Buffer.concat(chunks), Date.now(), renderedSince)
    )
    return handle(req, res)
  }
}
