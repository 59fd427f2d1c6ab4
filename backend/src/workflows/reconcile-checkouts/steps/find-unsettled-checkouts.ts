import { ContainerRegistrationKeys, Modules, TransactionState } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflowId } from "@medusajs/medusa/core-flows"

/** How far back the sweep looks for completed carts and payments (executions are kept 3 days). */
const LOOK_BACK_MS = 7 * 24 * 60 * 60 * 1000

const UNFINISHED = [
  TransactionState.NOT_STARTED,
  TransactionState.INVOKING,
  TransactionState.WAITING_TO_COMPENSATE,
  TransactionState.COMPENSATING,
]

export type UnsettledCheckout = { cart_id: string; execution_ids: string[] }

/**
 * The carts a crash may have left half completed, untouched since `before`:
 * - cart completions (completeCartWorkflow executions) that never finished;
 * - carts marked completed that have no order;
 * - authorised payments whose payment collection has no order.
 */
export const findUnsettledCheckoutsStep = createStep(
  "find-unsettled-checkouts",
  async (input: { before: Date }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const engine = container.resolve(Modules.WORKFLOW_ENGINE)
    const before = new Date(input.before)
    const since = new Date(before.getTime() - LOOK_BACK_MS)
    const found = new Map<string, string[]>()
    const add = (cartId: string | undefined | null, executionId?: string) => {
      if (!cartId) {
        return
      }
      const ids = found.get(cartId) ?? []
      if (executionId) {
        ids.push(executionId)
      }
      found.set(cartId, ids)
    }

    const executions = await engine.listWorkflowExecutions(
      { workflow_id: completeCartWorkflowId, state: UNFINISHED, updated_at: { $lt: before.toISOString() } },
      { select: ["id", "context"] }
    )
    for (const execution of executions) {
      const payload = (execution.context as { data?: { payload?: { id?: string } } } | null)?.data?.payload
      add(payload?.id, execution.id)
    }

    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "order.id"],
      filters: { completed_at: { $gt: since, $lt: before } },
    })
    for (const cart of carts) {
      if (!cart.order) {
        add(cart.id)
      }
    }

    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["id", "payment_collection.cart.id", "payment_collection.order.id"],
      filters: { canceled_at: null, created_at: { $gt: since, $lt: before } },
    })
    for (const payment of payments) {
      const collection = payment.payment_collection as { cart?: { id: string }; order?: { id: string } } | undefined
      if (!collection?.order) {
        add(collection?.cart?.id)
      }
    }

    const unsettled: UnsettledCheckout[] = [...found].map(([cart_id, execution_ids]) => ({ cart_id, execution_ids }))
    return new StepResponse(unsettled)
  }
)
