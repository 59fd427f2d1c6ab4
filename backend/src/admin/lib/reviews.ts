import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { AdminReview, RatingSummary, ReviewStatus } from "@lacremeluxe/shared"
import { retryUnlessClientError } from "./guides"
import { sdk } from "./sdk"

export type { AdminReview, RatingSummary, ReviewStatus }

type ReviewList = { reviews: AdminReview[]; count: number; limit: number; offset: number }
type ProductRating = { rating: RatingSummary; pending: number }

export const REVIEWS_PAGE_SIZE = 20

/** Staff's words for each status (the Reviews page's filter and badges). */
export const STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: "Waiting for approval",
  approved: "Approved",
  rejected: "Rejected",
}

export const reviewQueryKeys = {
  all: ["reviews"] as const,
  list: (status: ReviewStatus | "all", offset: number) => ["reviews", "list", status, offset] as const,
  product: (id: string) => ["reviews", "product", id] as const,
}

export function useReviews(status: ReviewStatus | "all", offset: number) {
  return useQuery({
    queryKey: reviewQueryKeys.list(status, offset),
    queryFn: () =>
      sdk.client.fetch<ReviewList>("/admin/reviews", {
        method: "GET",
        query: { ...(status === "all" ? {} : { status }), limit: REVIEWS_PAGE_SIZE, offset },
      }),
    retry: retryUnlessClientError,
  })
}

export function useProductRating(productId: string) {
  return useQuery({
    queryKey: reviewQueryKeys.product(productId),
    queryFn: () =>
      sdk.client.fetch<ProductRating>(`/admin/products/${encodeURIComponent(productId)}/rating`, { method: "GET" }),
    retry: retryUnlessClientError,
  })
}

type Action = { id: string } & ({ action: "approve" | "reject" } | { action: "reply"; reply: string })

/** Approve, reject or reply: every list and rating shown is read again afterwards. */
export function useReviewAction() {
  const queryClient = useQueryClient()
  return useMutation<{ review: AdminReview }, Error, Action>({
    mutationFn: (input) =>
      sdk.client.fetch(`/admin/reviews/${encodeURIComponent(input.id)}/${input.action}`, {
        method: "POST",
        body: input.action === "reply" ? { reply: input.reply } : {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewQueryKeys.all }),
  })
}

/** "★★★★☆" for a whole rating; screen readers get the number from the label beside it. */
export const stars = (rating: number) => "★".repeat(rating) + "☆".repeat(5 - rating)
