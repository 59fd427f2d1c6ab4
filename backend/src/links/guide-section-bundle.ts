import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import GuideModule from "../modules/guide"

/** A step section's "shop this step" bundle: a product whose variant is an inventory kit. */
export default defineLink({ linkable: GuideModule.linkable.guideSection, isList: true }, ProductModule.linkable.product)
