import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import SkincareModule from "../modules/skincare"

export default defineLink(ProductModule.linkable.productVariant, SkincareModule.linkable.variantSize)
