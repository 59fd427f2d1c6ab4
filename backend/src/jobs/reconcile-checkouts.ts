import type { MedusaContainer } from "@medusajs/framework/types"
import { reconcileCheckoutsWorkflow } from "../workflows/reconcile-checkouts"
import { logReconciliation } from "../workflows/reconcile-checkouts/log"

/** A checkout untouched this long is no longer in progress (completion's lock lives 2 minutes). */
const IN_PROGRESS_MS = 10 * 60 * 1000

/**
 * Every five minutes, checkouts a crash left half completed are finished or released (see also
 * reconcile-checkouts-on-start). Runs where scheduled jobs and subscribers run:
 * MEDUSA_WORKER_MODE shared or worker.
 */
export default async function reconcileCheckouts(container: MedusaContainer) {
  const { result } = await reconcileCheckoutsWorkflow(container).run({
    input: { before: new Date(Date.now() - IN_PROGRESS_MS) },
  })
  logReconciliation(container, result)
}

export const config = { name: "reconcile-checkouts", schedule: "*/5 * * * *" }
