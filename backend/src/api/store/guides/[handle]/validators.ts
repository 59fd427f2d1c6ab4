import { z } from "@medusajs/framework/zod"

export const StoreGetGuideParams = z.object({
  region_id: z
    .string({ error: "region_id is required: the guide's prices depend on the visitor's region." })
    .min(1, "region_id is required: the guide's prices depend on the visitor's region."),
})

export type StoreGetGuideParamsType = z.infer<typeof StoreGetGuideParams>
