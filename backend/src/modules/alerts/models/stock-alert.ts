import { model } from "@medusajs/framework/utils"
import { DEFAULT_LOCALE } from "@lacremeluxe/shared"
import { STOCK_ALERT_STATUSES } from "../types"

/**
 * A shopper's wish to hear when a sold-out variant (a size, or a step set) can be bought again.
 * Guests' alerts wait as `pending` until they follow the link in the confirmation e-mail (double
 * opt-in); `ended` once the one "back in stock" e-mail went out or the shopper unsubscribed.
 */
const StockAlert = model
  .define("stock_alert", {
    id: model.id({ prefix: "stal" }).primaryKey(),
    email: model.text(),
    variant_id: model.text(),
    /** The signed-in shopper who asked (their own address): removed with their account. */
    customer_id: model.text().nullable(),
    /** The publishable key's sales channel: "back" means sellable there. */
    sales_channel_id: model.text(),
    /** The storefront country the shopper asked from, for the links to its pages. */
    country_code: model.text(),
    /** The store locale of the request that created the alert (en-GB, de-DE, fr-FR): its e-mails' language. */
    locale: model.text().default(DEFAULT_LOCALE),
    status: model.enum([...STOCK_ALERT_STATUSES]).default("pending"),
    confirmed_at: model.dateTime().nullable(),
    ended_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["variant_id", "status"] }, { on: ["email"] }, { on: ["customer_id"] }])

export default StockAlert
