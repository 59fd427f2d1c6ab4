import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ReconcileResult } from "."

/** One line per settled cart; a cart that could not be settled now is tried on the next run. */
export function logReconciliation(container: MedusaContainer, result: ReconcileResult) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const { cart_id, outcome, error } of result) {
    if (outcome === "busy") {
      logger.warn(`reconcile-checkouts: cart ${cart_id} not settled now (${error}); tried again on the next run`)
    } else if (outcome !== "none") {
      logger.info(`reconcile-checkouts: cart ${cart_id} ${outcome}`)
    }
  }
}
