import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileCheckoutsWorkflow } from "../workflows/reconcile-checkouts"
import { logReconciliation } from "../workflows/reconcile-checkouts/log"

/**
 * Once, a second after the worker starts: what a crash of the previous process left half completed
 * (anything untouched since before this process started) is finished or released before the next
 * five-minute run. Here and not in `setup`, because finishing an order emits `order.placed`, whose
 * subscribers (confirmation e-mail, storefront refresh) run only in the server's worker, not under
 * `medusa exec`.
 */
export default async function reconcileCheckoutsOnStart(container: MedusaContainer) {
  const started = new Date(Date.now() - process.uptime() * 1000)
  const { result } = await reconcileCheckoutsWorkflow(container).run({ input: { before: started } })
  logReconciliation(container, result)
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`reconcile-checkouts: looked at ${result.length} checkout(s) left by earlier processes`)
}

export const config = {
  name: "reconcile-checkouts-on-start",
  schedule: { interval: 1_000, numberOfExecutions: 1 },
}
