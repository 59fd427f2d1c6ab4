import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useProductsMissingSkincare } from "../lib/skincare"

/**
 * On the product list page (Medusa 2.21 renders this zone under the table): the products staff
 * still have to describe. Shown only while there are any; a product created in Medusa Admin is
 * listed here until its skincare profile is saved.
 */
const ProductsMissingSkincareWidget = () => {
  const { data: products } = useProductsMissingSkincare()
  if (!products?.length) {
    return null
  }
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" aria-labelledby="missing-skincare-heading">
      <Heading level="h2" id="missing-skincare-heading">
        {products.length === 1
          ? "1 product has no skincare profile"
          : `${products.length} products have no skincare profile`}
      </Heading>
      <Text size="small" className="text-ui-fg-subtle max-w-prose">
        Without one, a product's page shows no usage advice and the product is missing from the shop's skin-type and
        concern filters. Open a product and add its profile beside the details.
      </Text>
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Products without a skincare profile">
        {products.map((product) => (
          <li key={product.id}>
            <Link to={`/products/${product.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
              {product.title}
              {product.status === "published" ? null : <span className="text-ui-fg-muted"> ({product.status})</span>}
            </Link>
          </li>
        ))}
      </ul>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.list.before",
})

export default ProductsMissingSkincareWidget
