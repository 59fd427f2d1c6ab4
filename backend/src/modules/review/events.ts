/**
 * What shoppers see of a product's reviews changed (approved, rejected after approval, replaced,
 * replied to while shown): the storefront regenerates the product's pages. Data: `{ product_ids }`.
 */
export const REVIEWS_SHOWN_CHANGED_EVENT = "review.shown-changed"
