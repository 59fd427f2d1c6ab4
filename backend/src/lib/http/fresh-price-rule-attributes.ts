import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** How long a process prices by a list of rule attributes before it reads the list again. */
export const RULE_ATTRIBUTES_TTL_MS = 5_000

type PricingWithRepository = { pricingRepository_?: { clearAvailableAttributes?: () => void } }

/**
 * Medusa's pricing module (2.21.2) keeps in each process the attributes that price rules and
 * price lists' rules use (its repository's `availableAttributes`), and prices a cart only by
 * those; the list is read once and forgotten only by the process that creates or updates a
 * rule. With several processes (cluster mode: two servers), a price list that staff create with
 * a rule on an attribute no rule used before (the first customer-group price list, a price for a
 * postal code) applied only on the server that took the admin call: carts priced on the other
 * kept the usual price until it restarted (every other checkout, measured). Each server process
 * now forgets the list at most every RULE_ATTRIBUTES_TTL_MS, before any API call (Store or Admin: draft orders and order edits are priced too), and reads
 * it again on its next pricing (one query): a new rule applies everywhere within that time.
 * (Processes that serve no HTTP, the worker, are not refreshed: they price no shopper's cart.)
 */
export function freshPriceRuleAttributes(ttlMs = RULE_ATTRIBUTES_TTL_MS) {
  let readAt = Date.now()
  let missing = false
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const now = Date.now()
    if (now - readAt >= ttlMs && !missing) {
      readAt = now
      const pricing = req.scope.resolve(Modules.PRICING) as unknown as PricingWithRepository
      const clear = pricing.pricingRepository_?.clearAvailableAttributes
      if (clear) {
        clear.call(pricing.pricingRepository_)
      } else {
        missing = true
        req.scope
          .resolve(ContainerRegistrationKeys.LOGGER)
          .error(
            "@medusajs/pricing changed: its repository's clearAvailableAttributes is gone; a new price rule may apply on one server process only until the others restart."
          )
      }
    }
    next()
  }
}
