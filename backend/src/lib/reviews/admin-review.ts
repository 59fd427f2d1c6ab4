import type { AdminReview } from "@lacremeluxe/shared"
import { toStoreReview, type ReviewRow } from "./load-reviews"

export type AdminReviewRow = ReviewRow & { product?: { title: string } | null }

export function toAdminReview(row: AdminReviewRow): AdminReview {
  return {
    ...toStoreReview(row),
    status: row.status as AdminReview["status"],
    product_id: row.product_id,
    product_title: row.product?.title ?? null,
    customer_id: row.customer_id,
  }
}
