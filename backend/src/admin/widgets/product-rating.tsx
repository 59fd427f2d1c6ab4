import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { errorMessage } from "../lib/guides"
import { useProductRating } from "../lib/reviews"

/** The product's rating as shoppers see it (approved reviews), and how many reviews wait. */
const ProductRatingWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isPending, isError, error } = useProductRating(product.id)

  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" role="region" aria-labelledby="product-rating-heading">
      <Heading level="h2" id="product-rating-heading">
        Rating
      </Heading>
      {isPending ? (
        <Text size="small" className="text-ui-fg-subtle" role="status">
          Loading the rating…
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error" role="alert">
          The rating could not be loaded: {errorMessage(error)}
        </Text>
      ) : (
        <>
          <Text size="small" data-testid="product-rating">
            {data.rating.count === 0
              ? "No approved reviews yet."
              : `${data.rating.average} out of 5 from ${data.rating.count} review${data.rating.count === 1 ? "" : "s"}`}
            {data.rating.of_set && data.rating.count > 0 ? " (average of the set's products)" : ""}
          </Text>
          <Link to="/reviews" className="txt-compact-small text-ui-fg-interactive hover:underline">
            {data.pending === 0 ? "Reviews" : `${data.pending} waiting for approval`}
          </Link>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.before",
})

export default ProductRatingWidget
