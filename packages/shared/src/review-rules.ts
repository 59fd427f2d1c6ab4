/**
 * The rules of a review as plain values, without zod: the storefront's review form reads them in
 * the browser, and importing reviews.ts there would bring zod (~58 KB gzipped) into the product
 * page's JavaScript (issue 14). The schemas built on them stay in reviews.ts.
 */
export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const REVIEW_TEXT_MAX = 2000
export const REVIEW_TITLE_MAX = 120
export const REVIEW_REPLY_MAX = 2000
export const RATINGS = [1, 2, 3, 4, 5] as const
