import { Modules, PromotionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Whether the store has an active automatic promotion (one read of one row). Without one, a cart
 * that carries no promotion gains none from Medusa's promotion refresh. Its campaign's dates are
 * not looked at: a promotion that has not started yet still sends the cart through Medusa's refresh,
 * which decides.
 */
export const anyAutomaticPromotionStep = createStep("any-automatic-promotion", async (_: void, { container }) => {
  const [promotion] = await container
    .resolve(Modules.PROMOTION)
    .listPromotions({ is_automatic: true, status: [PromotionStatus.ACTIVE] }, { select: ["id"], take: 1 })
  return new StepResponse(Boolean(promotion))
})
