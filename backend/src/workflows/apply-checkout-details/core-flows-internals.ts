import { createRequire } from "node:module"
import path from "node:path"
import type { UpdateLineItemWithSelectorDTO } from "@medusajs/framework/types"
import type { ReturnWorkflow } from "@medusajs/framework/workflows-sdk"

/**
 * Two parts of Medusa's `refreshCartItemsWorkflow` (core-flows 2.21.2) that the package does not
 * export (its `exports` names only its index): the workflow that prices a cart's items, and the
 * cart fields the refresh reads. Loaded from core-flows' own files (the same module instances its
 * index uses, so the workflow is the one Medusa registered), never copied. The version is pinned
 * exactly in package.json; a rename in an update fails at start-up, not at checkout.
 */
const load = createRequire(require.resolve("@medusajs/medusa/core-flows"))
const coreFlows = path.dirname(load.resolve("@medusajs/core-flows"))

type PricedItems = { lineItems: UpdateLineItemWithSelectorDTO[] }

export const { getVariantsAndItemsWithPrices } = load(
  path.join(coreFlows, "cart/workflows/get-variants-and-items-with-prices.js")
) as {
  getVariantsAndItemsWithPrices: ReturnWorkflow<
    { cart: Record<string, unknown>; setPricingContextResult?: object },
    PricedItems,
    []
  >
}

export const { cartFieldsForRefreshSteps } = load(path.join(coreFlows, "cart/utils/fields.js")) as {
  cartFieldsForRefreshSteps: string[]
}

if (!getVariantsAndItemsWithPrices?.runAsStep || !Array.isArray(cartFieldsForRefreshSteps)) {
  throw new Error("@medusajs/core-flows changed: getVariantsAndItemsWithPrices or cartFieldsForRefreshSteps is gone")
}
