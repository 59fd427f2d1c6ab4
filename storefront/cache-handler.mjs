// Next's cache (ISR pages, cached fetches and unstable_cache, with their tags) for this storefront.
// Without REDIS_URL: Next's own cache in this process, as Next would use it. With REDIS_URL: in
// Redis, shared by every storefront instance (@fortedigital/nextjs-cache-handler, redis-strings),
// with a small LRU in this process that answers while Redis is unreachable (the handler's
// get falls through to it when the Redis client is not ready, so nothing waits for Redis).
// After a tag is revalidated in Redis, every instance is told (redis-channel.mjs) and drops the
// finished pages showing it from its page cache, and from its LRU.
import { PHASE_PRODUCTION_BUILD } from "next/constants.js"
import nextOwnCache from "next/dist/server/lib/incremental-cache/file-system-cache.js"
import { CacheHandler } from "@fortedigital/nextjs-cache-handler"
import { ioredisAdapter } from "@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter"
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru"
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings"
import {
  announceRevalidated,
  cacheKeyPrefix,
  cacheNamespace,
  onRevalidated,
  redisClient,
  storefrontRedisUrl,
} from "./redis-channel.mjs"

// Next's own handler (memory, and disk when Next flushes to it); a CommonJS module.
const FileSystemCache = nextOwnCache.default ?? nextOwnCache
const url = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD ? undefined : storefrontRedisUrl()
const namespace = url ? cacheNamespace() : undefined

if (url) {
  // The in-process fallback: small, as it only bridges a Redis outage.
  const fallback = createLruHandler({ maxItemsNumber: 500, maxItemSizeBytes: 64 * 1024 * 1024 })
  CacheHandler.onCreation(() => ({
    handlers: [
      createRedisHandler({
        client: ioredisAdapter(redisClient(url)),
        keyPrefix: cacheKeyPrefix(namespace),
        // Each call gives up after this; three calls at most per read.
        timeoutMs: 1_000,
      }),
      fallback,
    ],
  }))
  // Revalidations made through other instances reach this one's fallback too.
  onRevalidated(url, namespace, (tags) => Promise.all(tags.map((tag) => fallback.revalidateTag(tag))).catch(() => {}))
}

export default class StorefrontCacheHandler {
  constructor(context) {
    this.inner = url ? new CacheHandler(context) : new FileSystemCache(context)
  }

  get(...args) {
    return this.inner.get(...args)
  }

  set(...args) {
    return this.inner.set(...args)
  }

  async revalidateTag(tags, durations) {
    await this.inner.revalidateTag(tags, durations)
    if (url) await announceRevalidated(url, namespace, typeof tags === "string" ? [tags] : tags)
  }

  resetRequestCache() {
    this.inner.resetRequestCache?.()
  }
}
