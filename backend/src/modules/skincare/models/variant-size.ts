import { model } from "@medusajs/framework/utils"

/** The fill of one size variant, for the price per 100 ml. One per variant, through a link. */
const VariantSize = model.define("variant_size", {
  id: model.id({ prefix: "vsize" }).primaryKey(),
  volume_ml: model.number(),
})

export default VariantSize
