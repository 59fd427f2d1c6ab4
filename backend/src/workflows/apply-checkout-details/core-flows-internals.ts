import { createRequire } from "node:module"
import path from "node:path"
import type {
  CreateLineItemForCartDTO,
  ProductVariantDTO,
  UpdateLineItemWithSelectorDTO,
} from "@medusajs/framework/types"
import type { ReturnWorkflow, StepFunction } from "@medusajs/framework/workflows-sdk"

/**
 * Parts of Medusa's cart workflows (core-flows 2.21.2) that the package does not export (its
 * `exports` names only its index): the workflow that prices a cart's items and the cart fields the
 * refresh reads (`refreshCartItemsWorkflow`); the variant fields and the sales-channel check of
 * `createCartWorkflow` (for `openCartWorkflow`). Loaded from core-flows' own files (the same module instances its
 * index uses, so the workflow is the one Medusa registered), never copied. The version is pinned
 * exactly in package.json; a rename in an update fails at start-up, not at checkout.
 */
const load = createRequire(require.resolve("@medusajs/medusa/core-flows"))
const coreFlows = path.dirname(load.resolve("@medusajs/core-flows"))

type PricedItems = {
  lineItems: (UpdateLineItemWithSelectorDTO & { data: CreateLineItemForCartDTO })[]
  variants: ProductVariantDTO[]
}

export const { getVariantsAndItemsWithPrices } = load(
  path.join(coreFlows, "cart/workflows/get-variants-and-items-with-prices.js")
) as {
  getVariantsAndItemsWithPrices: ReturnWorkflow<
    {
      cart: Record<string, unknown>
      items?: { variant_id?: string; quantity?: unknown }[]
      setPricingContextResult?: object
      variants?: { id: string[]; fields: string[] }
    },
    PricedItems,
    []
  >
}

export const { cartFieldsForRefreshSteps, productVariantsFields } = load(
  path.join(coreFlows, "cart/utils/fields.js")
) as { cartFieldsForRefreshSteps: string[]; productVariantsFields: string[] }

export const { requiredVariantFieldsForInventoryConfirmation } = load(
  path.join(coreFlows, "cart/utils/prepare-confirm-inventory-input.js")
) as { requiredVariantFieldsForInventoryConfirmation: string[] }

export const { validateSalesChannelStep } = load(path.join(coreFlows, "cart/steps/validate-sales-channel.js")) as {
  validateSalesChannelStep: StepFunction<{ salesChannel: { id?: string } | null | undefined }, void>
}

if (
  !getVariantsAndItemsWithPrices?.runAsStep ||
  !Array.isArray(cartFieldsForRefreshSteps) ||
  !Array.isArray(productVariantsFields) ||
  !Array.isArray(requiredVariantFieldsForInventoryConfirmation) ||
  typeof validateSalesChannelStep !== "function"
) {
  throw new Error("@medusajs/core-flows changed: a part of its cart workflows this store loads is gone")
}
