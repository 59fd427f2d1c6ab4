import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { settleCheckoutWorkflow, type SettleOutcome } from "./settle-checkout"
import { findUnsettledCheckoutsStep, type UnsettledCheckout } from "./steps/find-unsettled-checkouts"

export type ReconcileResult = { cart_id: string; outcome: SettleOutcome | "busy"; error?: string }[]

/** Settles each cart in its own workflow run: one cart that cannot be settled now stops no other. */
const settleEachStep = createStep("settle-each-checkout", async (checkouts: UnsettledCheckout[], { container }) => {
  const results: ReconcileResult = []
  for (const checkout of checkouts) {
    const { result, errors } = await settleCheckoutWorkflow(container).run({ input: checkout, throwOnError: false })
    results.push(
      errors.length
        ? { cart_id: checkout.cart_id, outcome: "busy", error: String(errors[0]?.error?.message ?? errors[0]?.error) }
        : { cart_id: checkout.cart_id, outcome: result }
    )
  }
  return new StepResponse(results)
})

/**
 * Finishes or releases every checkout a crash left half completed (see settle-checkout). Runs
 * once as the server starts and every five minutes (jobs/reconcile-checkouts*.ts);
 * only what was untouched since `before` is looked at, so a checkout in progress is left alone.
 */
export const reconcileCheckoutsWorkflow = createWorkflow("reconcile-checkouts", (input: { before: Date }) => {
  const checkouts = findUnsettledCheckoutsStep(input)
  return new WorkflowResponse(settleEachStep(checkouts))
})
