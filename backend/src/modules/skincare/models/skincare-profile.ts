import { model } from "@medusajs/framework/utils"

export const SKIN_TYPES = ["oily", "combination", "normal", "dry", "sensitive"] as const
export const CONCERNS = [
  "visible-pores",
  "blackheads",
  "excess-oil",
  "uneven-texture",
  "dehydration",
  "dryness",
  "dullness",
  "uv-exposure",
] as const
export const TIMES_OF_DAY = ["am", "pm", "am_pm"] as const
export const FREQUENCIES = ["daily", "twice_daily", "one_to_two_weekly", "weekly"] as const

/**
 * What a shopper needs to know to use a product well, kept in typed columns so that
 * filters (skin type, concern, pregnancy-safe, fragrance-free) and search can use them.
 * One per product, through the product-skincare link.
 */
const SkincareProfile = model
  .define("skincare_profile", {
    id: model.id({ prefix: "skin" }).primaryKey(),
    product_type: model.text(),
    key_ingredients: model.array(),
    inci: model.text(),
    skin_types: model.array(),
    concerns: model.array(),
    how_to_use: model.text(),
    time_of_day: model.enum([...TIMES_OF_DAY]),
    frequency: model.enum([...FREQUENCIES]),
    warnings: model.array(),
    pregnancy_safe: model.boolean().default(true),
    fragrance_free: model.boolean().default(true),
  })
  .indexes([
    { on: ["pregnancy_safe"] },
    { on: ["fragrance_free"] },
  ])

export default SkincareProfile
