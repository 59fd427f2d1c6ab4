import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { provider_id: string; region?: { payment_providers?: ({ id: string } | null)[] | null } | null }

/**
 * The payment provider is offered in the cart's region, checked before anything is written (as
 * Medusa's payment-session workflow would, but only after the address and shipping method).
 */
export const checkProviderOfferedStep = createStep("check-provider-offered", async ({ provider_id, region }: Input) => {
  if (!(region?.payment_providers ?? []).some((provider) => provider?.id === provider_id)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Payment provider ${provider_id} is not offered in this cart's region.`
    )
  }
  return new StepResponse(undefined)
})
