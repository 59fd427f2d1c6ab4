import redisLocking from "@medusajs/medusa/locking-redis"
import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import OrderedRedisLockingProvider from "./service"

/** Medusa's Redis locking provider, its Redis connection included, with keys taken in order (./service.ts). */
export default ModuleProvider(Modules.LOCKING, {
  services: [OrderedRedisLockingProvider],
  loaders: redisLocking.loaders,
})
