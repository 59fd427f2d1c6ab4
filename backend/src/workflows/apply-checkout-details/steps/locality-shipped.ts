import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Whether a shipping option's availability in this country can depend on the postal code or the
 * city: a service zone with a geo zone by postal code (`zip`) or city there. Medusa lists a cart's
 * shipping options by the whole address; with geo zones by country or province only, a new street
 * address in the same country and province finds the same options. One read of at most one row.
 */
export const localityShippedStep = createStep(
  "locality-shipped",
  async ({ country_code }: { country_code: string }, { container }) => {
    const [zone] = await container
      .resolve(Modules.FULFILLMENT)
      .listGeoZones({ country_code: country_code.toLowerCase(), type: ["zip", "city"] }, { select: ["id"], take: 1 })
    return new StepResponse(Boolean(zone))
  }
)
