import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { afterSale, refuseReturnRequest } from "../../../lib/returns/after-sale"
import { loadOrderFacts, NO_ONLINE_RETURNS, returnDestination } from "../../../lib/returns/load-after-sale"
import type { StartShopperReturnInput } from "../types"

/**
 * Checks the shopper's request against the order (window, "once", quantities, items) and picks
 * where it goes: the return shipping option and warehouse are the server's choice. Writes nothing.
 */
export const checkShopperReturnStep = createStep(
  "check-shopper-return",
  async (input: StartShopperReturnInput, { container }) => {
    const order = await loadOrderFacts(container, input.order_id)
    const refusal = refuseReturnRequest(afterSale(order.facts, new Date()), order.facts, input.items)
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    const destination = await returnDestination(container, order.countryCode)
    if (!destination) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, NO_ONLINE_RETURNS)
    }
    return new StepResponse({ option_id: destination.optionId, location_id: destination.locationId })
  }
)
