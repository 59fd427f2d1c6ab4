import { model } from "@medusajs/framework/utils"
import { REVIEW_STATUSES, SKIN_TYPES } from "@lacremeluxe/shared"

/**
 * A shopper's review of a product. One per customer and product: a second one replaces the first
 * (and waits for approval again). Shown to shoppers only once staff approve it. `product_id` and
 * `customer_id` are read through module links (src/links/review-*.ts); `customer_id`, `author`
 * and `skin_type` are cleared when the customer deletes their account.
 */
const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text().nullable(),
    /** The name shown with the review ("Anna M."), taken from the account when it is written. */
    author: model.text().nullable(),
    rating: model.number(),
    title: model.text(),
    text: model.text(),
    skin_type: model.enum([...SKIN_TYPES]).nullable(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    verified_buyer: model.boolean().default(false),
    /** When the shopper last wrote it (a replacement counts as new): the list's order. */
    submitted_at: model.dateTime(),
    reply: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["product_id", "status"] },
    { on: ["customer_id", "product_id"], unique: true, where: "customer_id IS NOT NULL" },
  ])

export default Review
