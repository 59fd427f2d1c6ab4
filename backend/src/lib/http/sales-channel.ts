import { MedusaError } from "@medusajs/framework/utils"

/**
 * The sales channel a store request shops in: the publishable key's. Our own store routes read
 * products only through it, so a product of another channel does not exist for this shopper.
 */
export function salesChannelOf(req: { publishable_key_context?: { sales_channel_ids?: string[] } }): string {
  const id = req.publishable_key_context?.sales_channel_ids?.[0]
  if (!id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This publishable key is not linked to a sales channel: link one in Medusa Admin (Settings → Publishable API keys)."
    )
  }
  return id
}
