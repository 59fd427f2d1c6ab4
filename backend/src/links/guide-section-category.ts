import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GuideModule from "../modules/guide"

/** A step section's product category (many sections may point at one category). */
export default defineLink(
  { linkable: GuideModule.linkable.guideSection, isList: true },
  ProductModule.linkable.productCategory
)
