import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { LoadFailed, Loading } from "../load-state"
import { useWaitingShoppers } from "../../lib/low-stock"

const TEXT = {
  heading: "Shoppers waiting",
  intro:
    "Back-in-stock alerts per variant: each confirmed shopper gets one e-mail as soon as the variant (for a set: every component) can be sold again.",
  none: "No shopper is waiting for a variant.",
  failed: "The alerts could not be loaded",
  variant: "Variant",
  waiting: "Waiting",
  unconfirmed: "Not yet confirmed",
  what: "alerts",
}

/** The Low stock page's section: how many shoppers wait for each variant. */
export const WaitingShoppers = () => {
  const { data, isPending, isError, error, refetch, isRefetching } = useWaitingShoppers()
  return (
    <Container className="p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{TEXT.heading}</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1 max-w-prose">
          {TEXT.intro}
        </Text>
      </div>
      {isPending ? (
        <Loading what={TEXT.what} />
      ) : isError ? (
        <LoadFailed title={TEXT.failed} error={error} retry={() => refetch()} retrying={isRefetching} />
      ) : data.variants.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 pb-4">
          {TEXT.none}
        </Text>
      ) : (
        <Table aria-label={TEXT.heading}>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{TEXT.variant}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="text-right">
                {TEXT.waiting}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="text-right">
                {TEXT.unconfirmed}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.variants.map((row) => (
              <Table.Row key={row.variant_id} data-testid="waiting-variant">
                <Table.Cell>
                  {row.product_id ? (
                    <Link to={`/products/${row.product_id}`} className="text-ui-fg-interactive hover:underline">
                      {row.title}
                    </Link>
                  ) : (
                    row.title
                  )}
                </Table.Cell>
                <Table.Cell className="text-right tabular-nums">{row.waiting}</Table.Cell>
                <Table.Cell className="text-right tabular-nums">{row.unconfirmed}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}
