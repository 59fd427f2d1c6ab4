import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readRuntimeConfig } from "../../../lib/runtime-config"

/**
 * Asks the storefront to regenerate the pages behind these cache tags. Nothing to undo: a
 * regeneration is always safe. A storefront that is down is logged, not retried (its pages
 * also expire on their own).
 */
export const notifyStorefrontStep = createStep("notify-storefront", async (tags: string[], { container }) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const config = readRuntimeConfig(process.env)
  try {
    const response = await fetch(`${config.storefrontInternalUrl}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": config.revalidateSecret },
      body: JSON.stringify({ tags }),
      signal: AbortSignal.timeout(5000),
    })
    if (!response.ok) {
      logger.warn(`storefront revalidation answered ${response.status} for ${tags.join(", ")}`)
    }
    return new StepResponse(response.ok)
  } catch (error) {
    logger.warn(`storefront revalidation failed (${(error as Error).message}) for ${tags.join(", ")}`)
    return new StepResponse(false)
  }
})
