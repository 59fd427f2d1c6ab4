import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { REVIEW_STATUSES } from "@lacremeluxe/shared"
import { LoadFailed, Loading } from "../../components/load-state"
import { ReplyForm } from "../../components/reviews/reply-form"
import { errorMessage } from "../../lib/guides"
import {
  type AdminReview,
  REVIEWS_PAGE_SIZE,
  type ReviewStatus,
  STATUS_LABELS,
  stars,
  useReviewAction,
  useReviews,
} from "../../lib/reviews"

const STATUS_COLORS = { pending: "orange", approved: "green", rejected: "grey" } as const

const date = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { dateStyle: "medium" })

/** One review with what staff can do to it. Its words are shown as text, as written. */
const ReviewItem = ({ review }: { review: AdminReview }) => {
  const action = useReviewAction()
  const [replying, setReplying] = useState(false)
  const moderate = (verb: "approve" | "reject") =>
    action.mutate(
      { id: review.id, action: verb },
      {
        onSuccess: () => toast.success(verb === "approve" ? "Review approved" : "Review rejected"),
        onError: (failure) => toast.error(errorMessage(failure)),
      }
    )

  return (
    <li className="flex flex-col gap-y-2 px-6 py-4" data-testid="review" aria-label={`Review: ${review.title}`}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Badge size="2xsmall" color={STATUS_COLORS[review.status]}>
          {STATUS_LABELS[review.status]}
        </Badge>
        <span aria-label={`${review.rating} out of 5 stars`} className="text-ui-fg-base tracking-wider">
          <span aria-hidden="true">{stars(review.rating)}</span>
        </span>
        <Link
          to={`/products/${review.product_id}`}
          className="txt-compact-small text-ui-fg-interactive hover:underline"
        >
          {review.product_title ?? review.product_id}
        </Link>
        <Text size="xsmall" className="text-ui-fg-subtle">
          {review.author ?? "Former customer"} · {date(review.created_at)}
          {review.verified_buyer ? " · Verified buyer" : ""}
          {review.skin_type ? ` · ${review.skin_type} skin` : ""}
        </Text>
      </div>
      <Text size="small" weight="plus">
        {review.title}
      </Text>
      <Text size="small" className="whitespace-pre-line">
        {review.text}
      </Text>
      {review.reply && !replying ? (
        <div className="border-ui-border-base border-l-2 pl-3">
          <Text size="xsmall" className="text-ui-fg-subtle">
            Our reply{review.replied_at ? ` · ${date(review.replied_at)}` : ""}
          </Text>
          <Text size="small" className="whitespace-pre-line">
            {review.reply}
          </Text>
        </div>
      ) : null}
      {replying ? (
        <ReplyForm id={review.id} current={review.reply} onDone={() => setReplying(false)} />
      ) : (
        <div className="flex flex-wrap gap-x-2">
          {review.status !== "approved" ? (
            <Button size="small" onClick={() => moderate("approve")} isLoading={action.isPending}>
              Approve<span className="sr-only"> “{review.title}”</span>
            </Button>
          ) : null}
          {review.status !== "rejected" ? (
            <Button size="small" variant="secondary" onClick={() => moderate("reject")} isLoading={action.isPending}>
              Reject<span className="sr-only"> “{review.title}”</span>
            </Button>
          ) : null}
          <Button size="small" variant="transparent" onClick={() => setReplying(true)}>
            {review.reply ? "Edit reply" : "Reply"}
            <span className="sr-only"> to “{review.title}”</span>
          </Button>
        </div>
      )}
    </li>
  )
}

const ReviewsPage = () => {
  const [status, setStatus] = useState<ReviewStatus | "all">("pending")
  const [offset, setOffset] = useState(0)
  const { data, isPending, isError, error, refetch, isRefetching } = useReviews(status, offset)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Reviews</Heading>
          <Text size="small" className="text-ui-fg-subtle mt-1 max-w-prose">
            Shoppers&apos; reviews wait here until you approve them; only approved reviews are shown in the store. A
            shopper who reviews a product again replaces their review, which then waits for approval again.
          </Text>
        </div>
        <div className="w-56">
          <Select
            value={status}
            onValueChange={(value) => {
              setStatus(value as ReviewStatus | "all")
              setOffset(0)
            }}
          >
            <Select.Trigger aria-label="Show reviews">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {REVIEW_STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {STATUS_LABELS[value]}
                </Select.Item>
              ))}
              <Select.Item value="all">All reviews</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </Container>
      {isPending ? (
        <Loading what="reviews" />
      ) : isError ? (
        <LoadFailed
          title="The reviews could not be loaded"
          error={error}
          retry={() => refetch()}
          retrying={isRefetching}
        />
      ) : data.reviews.length === 0 ? (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No reviews here.
          </Text>
        </Container>
      ) : (
        <Container className="divide-y p-0">
          <ul className="divide-y" aria-label="Reviews">
            {data.reviews.map((review) => (
              <ReviewItem key={review.id} review={review} />
            ))}
          </ul>
          <div className="flex items-center justify-between px-6 py-3">
            <Text size="xsmall" className="text-ui-fg-subtle">
              {offset + 1}–{offset + data.reviews.length} of {data.count}
            </Text>
            <div className="flex gap-x-2">
              <Button
                size="small"
                variant="secondary"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - REVIEWS_PAGE_SIZE))}
              >
                Previous
              </Button>
              <Button
                size="small"
                variant="secondary"
                disabled={offset + REVIEWS_PAGE_SIZE >= data.count}
                onClick={() => setOffset(offset + REVIEWS_PAGE_SIZE)}
              >
                Next
              </Button>
            </div>
          </div>
        </Container>
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Reviews",
  icon: ChatBubbleLeftRight,
})

export default ReviewsPage
