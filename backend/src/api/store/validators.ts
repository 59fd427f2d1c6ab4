import { z } from "@medusajs/framework/zod"

const REGION_REQUIRED = "region_id is required: prices depend on the visitor's region."

/** Query of the store routes that answer with prices: the visitor's region. */
export const StoreRegionQuery = z.object({
  region_id: z.string({ error: REGION_REQUIRED }).min(1, REGION_REQUIRED),
})

export type StoreRegionQueryType = z.infer<typeof StoreRegionQuery>
