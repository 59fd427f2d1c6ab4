import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryItemsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { planInventoryTitles, type VariantWithItems } from "../../lib/stock/inventory-title"

/** Which variants' items to name; none given means every variant of the store. */
export type NameInventoryItemsInput = { variant_ids?: string[] }

type RawVariant = {
  title: string | null
  product?: { title: string } | null
  inventory_items?:
    ({ required_quantity: number; inventory?: { id: string; title: string | null } | null } | null)[] | null
}

/**
 * Medusa titles a variant's inventory item with the variant's title ("150 ml"), which staff cannot
 * place in the Inventory list. Names such items "<product> · <size>" through Medusa's
 * update-inventory-items workflow (compensated there); titles staff chose are kept. Running it
 * again changes nothing.
 */
export const nameInventoryItemsWorkflow = createWorkflow("name-inventory-items", (input: NameInventoryItemsInput) => {
  const filters = transform({ input }, ({ input }) => (input.variant_ids ? { id: input.variant_ids } : {}))
  const { data: variants } = useQueryGraphStep({
    entity: "product_variant",
    fields: [
      "title",
      "product.title",
      "inventory_items.required_quantity",
      "inventory_items.inventory.id",
      "inventory_items.inventory.title",
    ],
    filters,
  })
  const updates = transform({ variants }, ({ variants }) =>
    planInventoryTitles(
      (variants as RawVariant[]).flatMap((variant): VariantWithItems[] =>
        variant.product
          ? [
              {
                title: variant.title,
                product_title: variant.product.title,
                items: (variant.inventory_items ?? []).flatMap((link) =>
                  link?.inventory
                    ? [
                        {
                          id: link.inventory.id,
                          title: link.inventory.title,
                          required_quantity: Number(link.required_quantity),
                        },
                      ]
                    : []
                ),
              },
            ]
          : []
      )
    )
  )
  when({ updates }, ({ updates }) => updates.length > 0).then(() => {
    updateInventoryItemsWorkflow.runAsStep({ input: { updates } })
  })
  return new WorkflowResponse(updates)
})
