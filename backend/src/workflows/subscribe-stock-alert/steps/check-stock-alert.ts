import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, getVariantAvailability, MedusaError } from "@medusajs/framework/utils"
import type { Locale } from "@lacremeluxe/shared"
import { loadAlertVariants } from "../../../lib/alerts/load"

/** `locale`: the variant's name is read in the shopper's language (for the answer and the e-mail). */
export type CheckStockAlertInput = { variant_id: string; sales_channel_id: string; locale: Locale }

/**
 * An alert only for a variant this store sells (published, in the publishable key's sales
 * channel) and that is sold out there now — for a set, while any component is. Reads only.
 */
export const checkStockAlertStep = createStep(
  "check-stock-alert",
  async ({ variant_id, sales_channel_id, locale }: CheckStockAlertInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "manage_inventory", "allow_backorder", "product.status", "product.sales_channels.id"],
      filters: { id: variant_id },
    })
    type Row = {
      manage_inventory: boolean
      allow_backorder: boolean
      product?: { status: string; sales_channels?: ({ id: string } | null)[] | null } | null
    }
    const row = data[0] as Row | undefined
    if (!row?.product || row.product.status !== "published") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no product variant with the id ${variant_id}.`)
    }
    if (!(row.product.sales_channels ?? []).some((channel) => channel?.id === sales_channel_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The product variant ${variant_id} is not sold in this store.`
      )
    }
    const [variant] = await loadAlertVariants(query, [variant_id], locale)
    const available = (await getVariantAvailability(query, { variant_ids: [variant_id], sales_channel_id }))[variant_id]
    if (!row.manage_inventory || row.allow_backorder || (available?.availability ?? 0) > 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${variant.title} is in stock: add it to your cart instead of waiting for an alert.`
      )
    }
    return new StepResponse(variant)
  }
)
