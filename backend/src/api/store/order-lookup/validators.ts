import { z } from "@medusajs/framework/zod"

// A plain shape check: the real test is whether an order with both exists.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A guest's order lookup: the e-mail used at checkout and the order number ("#12" or 12). */
export const StoreOrderLookup = z.strictObject({
  email: z
    .unknown()
    .refine(
      (value) => typeof value === "string" && value.trim().length <= 320 && EMAIL.test(value.trim()),
      "Enter the e-mail address you ordered with, like name@example.com."
    )
    .transform((value) => (value as string).trim().toLowerCase()),
  display_id: z
    .unknown()
    .refine(
      (value) =>
        (typeof value === "number" || typeof value === "string") && /^#?\s*\d{1,9}$/.test(String(value).trim()),
      "Enter the order number from your confirmation e-mail, like 1042."
    )
    .transform((value) => Number(String(value).trim().replace(/^#\s*/, ""))),
})

export type StoreOrderLookupType = z.infer<typeof StoreOrderLookup>
