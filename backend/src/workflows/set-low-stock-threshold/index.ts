import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryItemsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { LOW_STOCK_THRESHOLD_KEY } from "../../lib/stock/low-stock"

export type SetLowStockThresholdInput = { inventory_item_id: string; threshold: number }

/**
 * Staff set an inventory item's low-stock threshold on the Low stock page. It is kept in the
 * item's metadata, merged so other keys survive (Medusa replaces metadata as a whole), through
 * Medusa's update-inventory-items workflow, which puts the previous values back on failure.
 */
export const setLowStockThresholdWorkflow = createWorkflow(
  "set-low-stock-threshold",
  (input: SetLowStockThresholdInput) => {
    const { data: items } = useQueryGraphStep({
      entity: "inventory_item",
      fields: ["id", "metadata"],
      filters: { id: input.inventory_item_id },
      options: { throwIfKeyNotFound: true },
    })
    const updates = transform({ items, input }, ({ items, input }) => [
      {
        id: input.inventory_item_id,
        metadata: {
          ...((items[0]?.metadata as Record<string, unknown> | null) ?? {}),
          [LOW_STOCK_THRESHOLD_KEY]: input.threshold,
        },
      },
    ])
    const updated = updateInventoryItemsWorkflow.runAsStep({ input: { updates } })
    return new WorkflowResponse(updated)
  }
)
