// The storefront's Redis connections (only with REDIS_URL): one for Next's cache
// (cache-handler.mjs) and the page cache's channel, on which every instance hears which cache tags
// were revalidated, so one revalidation empties the page cache of every instance. Both connections
// fail fast while Redis is unreachable (no offline queue) and reconnect by themselves.
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import Redis from "ioredis"

const STATE = Symbol.for("lacremeluxe.redis")

/** The Redis URL, or undefined: without it the storefront keeps its caches in this process. */
export function storefrontRedisUrl(env = process.env) {
  return env.REDIS_URL || undefined
}

/**
 * The storefronts that share a cache: the same build, backend and publishable key (a new database
 * gets a new key). Replicas of one deployment share it; a rebuilt or reseeded store, or a test
 * run's own store on the same Redis, starts with a cache of its own instead of yesterday's pages.
 */
export function cacheNamespace(env = process.env) {
  const buildId = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), ".next", "BUILD_ID"), "utf8")
  return createHash("sha256")
    .update([buildId.trim(), env.MEDUSA_BACKEND_URL, env.MEDUSA_PUBLISHABLE_KEY].join("\n"))
    .digest("hex")
    .slice(0, 12)
}

/** Where Next's cache entries live in Redis. */
export const cacheKeyPrefix = (namespace) => `lacremeluxe:next:${namespace}:`

/** Pub/sub channels are not per database: the channel names the database, as keys would. */
export function revalidationChannel(url, namespace) {
  const database = Number(new URL(url).pathname.slice(1) || 0)
  return `lacremeluxe:storefront:${database}:${namespace}:revalidated`
}

function connect(url, name, options) {
  const client = new Redis(url, { connectionName: `lacremeluxe-storefront-${name}`, connectTimeout: 2_000, ...options })
  let down = false
  client.on("error", (error) => {
    if (!down)
      console.warn(
        `Redis (${name}) is unreachable; the storefront serves from this process meanwhile: ${error.message}`
      )
    down = true
  })
  client.on("ready", () => {
    if (down) console.info(`Redis (${name}) is back.`)
    down = false
  })
  return client
}

function state() {
  globalThis[STATE] ??= {}
  return globalThis[STATE]
}

/** The one command connection of this process (Next's cache and publishing). */
export function redisClient(url) {
  const shared = state()
  shared.client ??= connect(url, "cache", { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  return shared.client
}

/** Tells every instance (this one included) that these tags were revalidated. Never throws. */
export async function announceRevalidated(url, namespace, tags) {
  try {
    await redisClient(url).publish(revalidationChannel(url, namespace), JSON.stringify({ tags }))
  } catch (error) {
    console.warn(`Could not tell the other storefront instances about ${tags.join(", ")}: ${error.message}`)
  }
}

/** Calls `onTags` with the tags any instance (this one included) revalidates from now on. */
export function onRevalidated(url, namespace, onTags) {
  const shared = state()
  shared.listeners ??= []
  shared.listeners.push(onTags)
  if (shared.subscriber) return
  const channel = revalidationChannel(url, namespace)
  shared.subscriber = connect(url, "channel", { maxRetriesPerRequest: null })
  shared.subscriber.on("message", (from, message) => {
    const tags = from === channel ? announcedTags(message) : null
    if (tags) shared.listeners.forEach((listener) => listener(tags))
  })
  shared.subscriber.subscribe(channel).catch(() => {})
}

/** The tags of an announcement, or null for anything else. */
export function announcedTags(message) {
  try {
    const { tags } = JSON.parse(message)
    return Array.isArray(tags) && tags.every((tag) => typeof tag === "string") ? tags : null
  } catch {
    return null
  }
}
