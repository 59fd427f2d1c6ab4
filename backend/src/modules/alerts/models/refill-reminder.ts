import { model } from "@medusajs/framework/utils"
import { DEFAULT_LOCALE } from "@lacremeluxe/shared"
import { REFILL_REMINDER_STATUSES } from "../types"

/**
 * One order's refill reminder, asked for at checkout or on the order page: one e-mail on
 * `send_at` (a few days before the first line runs out) with a link that puts the same items in a
 * cart. `canceled` when the shopper opted out (e-mail link or account), `sent` once it went out.
 */
const RefillReminder = model
  .define("refill_reminder", {
    id: model.id({ prefix: "refill" }).primaryKey(),
    order_id: model.text().unique(),
    customer_id: model.text().nullable(),
    email: model.text(),
    country_code: model.text(),
    /** The order's store locale (its cart's), in which its lines' titles were kept: the e-mail's language. */
    locale: model.text().default(DEFAULT_LOCALE),
    status: model.enum([...REFILL_REMINDER_STATUSES]).default("scheduled"),
    /** When the first of the order's lines is estimated to run out. */
    runs_out_at: model.dateTime(),
    send_at: model.dateTime(),
    /** The lines to buy again: [{ variant_id, quantity }]. */
    items: model.json(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["status", "send_at"] }, { on: ["customer_id"] }, { on: ["email"] }])

export default RefillReminder
