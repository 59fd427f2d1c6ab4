import { z } from "@medusajs/framework/zod"
import { MAX_LOW_STOCK_THRESHOLD } from "../../../../../lib/stock/low-stock"

// A refinement rather than z.number().int().min().max(): Medusa rewrites the messages of those
// into its own, and keeps a refinement's as written.
export const AdminSetLowStockThreshold = z.strictObject({
  threshold: z
    .unknown()
    .refine(
      (value) => typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_LOW_STOCK_THRESHOLD,
      `The low-stock threshold must be a whole number from 0 to ${MAX_LOW_STOCK_THRESHOLD.toLocaleString("en")}.`
    )
    .transform((value) => value as number),
})

export type AdminSetLowStockThresholdType = z.infer<typeof AdminSetLowStockThreshold>
