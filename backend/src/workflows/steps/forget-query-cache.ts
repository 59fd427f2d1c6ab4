import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import type { ICachingModuleService } from "@medusajs/framework/types"

/**
 * Empties Query's cache (Medusa's Caching Module, on with REDIS_URL). Medusa 2.21.2 caches the
 * translations it applies without their ids, so a staff edit of a translation never invalidates
 * them (they would show only after the cache's hour). Translation edits are rare: this runs on
 * each one, before the storefront is told to regenerate. Nothing to undo.
 */
export const forgetQueryCacheStep = createStep("forget-query-cache", async (_: void, { container }) => {
  const caching = container.resolve<ICachingModuleService | undefined>(Modules.CACHING, { allowUnregistered: true })
  if (caching) {
    await caching.clear({ tags: ["*"] })
  }
  return new StepResponse(Boolean(caching))
})
