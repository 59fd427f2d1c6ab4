import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrdersStep,
  completeCartWorkflow,
  deleteReservationsByLineItemsStep,
  dismissRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"
import { closeExecutionsStep } from "./steps/close-executions"
import { inspectCheckoutStep } from "./steps/inspect-checkout"
import { tryAuthorizePaymentStep } from "./steps/try-authorize-payment"

export type SettleCheckoutInput = { cart_id: string; execution_ids: string[] }
export type SettleOutcome = "finished" | "completed" | "released" | "reopened" | "none"

/**
 * Settles one cart a crash left half completed, under the same `cart_id` lock as
 * completeCartWorkflow (a completion still running elsewhere makes this wait, then give up):
 * - order and authorised payment: finished — `order.placed` (e-mail, storefront) is emitted,
 *   which the crashed run's event group never released;
 * - order without authorised payment: the payment is authorised and the order finished, or, if
 *   the provider refuses, the order is released: its reservations deleted, the order cancelled and
 *   unlinked from the cart, and the cart completable again;
 * - authorised payment without order: the cart is completed (completeCartWorkflow, whose own
 *   compensation cancels the payment when completion fails);
 * - completed cart without order or payment: completable again.
 */
export const settleCheckoutWorkflow = createWorkflow("settle-checkout", (input: SettleCheckoutInput) => {
  acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 120 })
  const inspection = inspectCheckoutStep(input.cart_id)

  const authorization = when("settle-authorize", { inspection }, ({ inspection }) => {
    return inspection.settlement.action === "authorize"
  }).then(() => {
    const sessionId = transform({ inspection }, ({ inspection }) =>
      inspection.settlement.action === "authorize" ? inspection.settlement.sessionId : ""
    )
    return tryAuthorizePaymentStep(sessionId)
  })

  const plan = transform({ inspection, authorization }, ({ inspection, authorization }) => {
    const { settlement } = inspection
    const orderId = "orderId" in settlement ? settlement.orderId : ""
    const outcome: SettleOutcome =
      settlement.action === "finish"
        ? "finished"
        : settlement.action === "authorize"
          ? authorization?.authorized
            ? "finished"
            : "released"
          : settlement.action === "complete"
            ? "completed"
            : settlement.action === "reopen"
              ? "reopened"
              : "none"
    return {
      outcome,
      orderId,
      orderItemIds: inspection.orderItemIds,
      paymentCollectionId: inspection.paymentCollectionId,
    }
  })

  when("settle-finish", { plan }, ({ plan }) => plan.outcome === "finished").then(() => {
    const placed = transform({ plan }, ({ plan }) => ({ id: plan.orderId }))
    emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: placed })
  })

  when("settle-release", { plan }, ({ plan }) => plan.outcome === "released").then(() => {
    const orderIds = transform({ plan }, ({ plan }) => [plan.orderId])
    // The cart and its payment collection go back to the shopper; the cancelled order keeps neither.
    const links = transform({ plan, input }, ({ plan, input }): LinkDefinition[] => [
      { [Modules.ORDER]: { order_id: plan.orderId }, [Modules.CART]: { cart_id: input.cart_id } },
      ...(plan.paymentCollectionId
        ? [
            {
              [Modules.ORDER]: { order_id: plan.orderId },
              [Modules.PAYMENT]: { payment_collection_id: plan.paymentCollectionId },
            },
          ]
        : []),
    ])
    const itemIds = transform({ plan }, ({ plan }) => plan.orderItemIds)
    deleteReservationsByLineItemsStep(itemIds)
    dismissRemoteLinkStep(links)
    cancelOrdersStep({ orderIds })
    const reopen = transform({ input }, ({ input }) => [{ id: input.cart_id, completed_at: null }])
    updateCartsStep(reopen).config({ name: "reopen-released-cart" })
  })

  when("settle-reopen", { plan }, ({ plan }) => plan.outcome === "reopened").then(() => {
    const reopen = transform({ input }, ({ input }) => [{ id: input.cart_id, completed_at: null }])
    updateCartsStep(reopen).config({ name: "reopen-cart" })
  })

  when("settle-complete", { plan }, ({ plan }) => plan.outcome === "completed").then(() => {
    completeCartWorkflow.runAsStep({ input: { id: input.cart_id } })
  })

  closeExecutionsStep(input.execution_ids)
  releaseLockStep({ key: input.cart_id })
  const outcome = transform({ plan }, ({ plan }) => plan.outcome)
  return new WorkflowResponse(outcome)
})
