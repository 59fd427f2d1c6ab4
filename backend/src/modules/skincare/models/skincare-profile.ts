import { model } from "@medusajs/framework/utils"
import { FREQUENCIES, TIMES_OF_DAY } from "@lacremeluxe/shared"

/**
 * What a shopper needs to know to use a product well, kept in typed columns so that
 * filters (skin type, concern, pregnancy-safe, fragrance-free) and search can use them.
 * One per product, through the product-skincare link.
 */
const SkincareProfile = model
  .define("skincare_profile", {
    id: model.id({ prefix: "skin" }).primaryKey(),
    product_type: model.text().translatable(),
    key_ingredients: model.array(),
    inci: model.text(),
    skin_types: model.array(),
    concerns: model.array(),
    how_to_use: model.text().translatable(),
    time_of_day: model.enum([...TIMES_OF_DAY]),
    frequency: model.enum([...FREQUENCIES]),
    // One warning per line: only text translates (the API answers a list, see linesOf).
    warnings: model.text().translatable().default(""),
    // Never claimed by default: staff (or the seed) say so for each product.
    pregnancy_safe: model.boolean().default(false),
    fragrance_free: model.boolean().default(false),
    // The routine's facts (RoutineFacts in @lacremeluxe/shared). Null on a profile saved before
    // they existed: the routine leaves such a product out until staff or `npm run seed` fill them.
    actives: model.json().nullable(),
    max_uses_per_week: model.number().nullable(),
    starting_uses_per_week: model.number().nullable(),
    amount_per_use_ml: model.float().nullable(),
  })
  .indexes([{ on: ["pregnancy_safe"] }, { on: ["fragrance_free"] }])

export default SkincareProfile
