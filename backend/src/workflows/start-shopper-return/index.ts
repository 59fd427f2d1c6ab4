import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, createAndCompleteReturnOrderWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { checkShopperReturnStep } from "./steps/check-shopper-return"
import type { StartShopperReturnInput } from "./types"

export type { StartShopperReturnInput } from "./types"

/**
 * A shopper starts a return of their order: checked against the order's window and quantities,
 * then Medusa's create-and-complete return (which emits order.return_requested) with the return
 * shipping option and warehouse the server picked, never received on the spot. The order is
 * locked meanwhile, so two requests at once cannot both pass the "once" check.
 */
export const startShopperReturnWorkflow = createWorkflow("start-shopper-return", (input: StartShopperReturnInput) => {
  const lockKey = transform({ input }, ({ input }) => `shopper-return:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const destination = checkShopperReturnStep(input)
  const returnInput = transform({ input, destination }, ({ input, destination }) => ({
    order_id: input.order_id,
    items: input.items.map((item) => ({
      id: item.id,
      quantity: item.quantity,
      reason_id: item.reason_id,
      note: item.note,
    })),
    return_shipping: { option_id: destination.option_id },
    location_id: destination.location_id,
    receive_now: false,
  }))
  const created = createAndCompleteReturnOrderWorkflow.runAsStep({ input: returnInput })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(created)
})
