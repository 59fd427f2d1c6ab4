import { z } from "@medusajs/framework/zod"
import { hasControlCharacters } from "@lacremeluxe/shared"

/**
 * What we add to Medusa's own check of a shipment (which already wants http(s) tracking links):
 * a tracking number is one short line of text, since it goes into the shipped e-mail and the
 * shopper's order page. The rest of the body is Medusa's to check.
 */
export const AdminShipmentLabels = z.looseObject({
  labels: z
    .array(
      z.looseObject({
        tracking_number: z
          .unknown()
          .refine((value) => typeof value === "string", "A tracking number must be text.")
          .refine((value) => (value as string).length <= 100, "A tracking number is at most 100 characters.")
          .refine(
            (value) => !hasControlCharacters(value as string),
            "A tracking number cannot contain control characters or line breaks."
          ),
      })
    )
    .optional(),
})
