import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import AlertsModule from "../modules/alerts"

/** A back-in-stock alert's variant (read-only: the alert keeps the variant's id). */
export default defineLink(
  { linkable: AlertsModule.linkable.stockAlert, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
