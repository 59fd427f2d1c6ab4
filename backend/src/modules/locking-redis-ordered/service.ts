import redisLocking from "@medusajs/medusa/locking-redis"
import type { RedisLockingProvider } from "@medusajs/locking-redis/dist/services/redis-lock"

type Acquire = RedisLockingProvider["acquire_"]
type AcquireArgs = Parameters<Acquire>[1]
type Cancellation = Parameters<Acquire>[2]

/** Medusa's Redis locking provider class, as its module exports it (the class itself is not exported). */
const MedusaRedisLocking = redisLocking.services[0] as typeof RedisLockingProvider

/**
 * Medusa's Redis locking provider (2.21.2) with one change: several keys are taken one after the
 * other, in sorted order, and the ones taken are given back when the others cannot be.
 *
 * Medusa's own `execute` (the lock around every stock reservation: one key per inventory item)
 * takes each key in its own loop, all at once and with separate waits. Two shoppers reserving the
 * same two components can each get one and wait for the other until both time out (5 s), and
 * the keys they did get stay locked until their lease ends (60 s): every reservation of those
 * items fails meanwhile (the 409 "conflicted with another request" on completion, docs/PERFORMANCE.md).
 * In a single order every waiter holds only keys below the one it waits for, so no two wait on
 * each other.
 */
export default class OrderedRedisLockingProvider extends MedusaRedisLocking {
  static identifier = "locking-redis-ordered"

  async acquire_(keys: string | string[], args?: AcquireArgs, cancellation?: Cancellation): Promise<void> {
    const sorted = [...new Set(Array.isArray(keys) ? keys : [keys])].sort()
    const taken: string[] = []
    try {
      for (const key of sorted) {
        await super.acquire_([key], args, cancellation)
        taken.push(key)
      }
    } catch (error) {
      // Given back only when they cannot have been this owner's before this call: `execute`'s
      // owner is new for every call; "*" (no owner) never takes a key "*" holds.
      const ownerId = args?.ownerId ?? "*"
      if (taken.length && (args?.awaitQueue || ownerId === "*")) {
        await this.release(taken, { ownerId }).catch(() => false)
      }
      throw error
    }
  }
}
