import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { LoadFailed, Loading } from "../../components/load-state"
import { ThresholdForm } from "../../components/stock/threshold-form"
import { WaitingShoppers } from "../../components/stock/waiting-shoppers"
import { DEFAULT_LOW_STOCK_THRESHOLD, type LowStockItem, useLowStock } from "../../lib/low-stock"

const itemName = (item: LowStockItem) => item.title || item.sku || item.id

/** The step sets this item blocks (not one left to sell) or will block once it runs out. */
const SetsAtRisk = ({ item }: { item: LowStockItem }) =>
  item.sets.length === 0 ? (
    <Text size="small" className="text-ui-fg-muted">
      In no set
    </Text>
  ) : (
    <ul className="flex flex-col gap-y-1" aria-label={`Sets with ${itemName(item)}`}>
      {item.sets.map((set) => (
        <li key={set.id} className="flex flex-wrap items-center gap-x-2">
          <Link to={`/products/${set.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
            {set.title}
          </Link>
          <Badge size="2xsmall" color={set.blocked ? "red" : "orange"}>
            {set.blocked ? "Blocked" : "Will block soon"}
          </Badge>
          <Text size="xsmall" className="text-ui-fg-subtle tabular-nums">
            {set.sellable_units} sellable
            {set.required_quantity > 1 ? ` · needs ${set.required_quantity} each` : ""}
          </Text>
        </li>
      ))}
    </ul>
  )

const LowStockPage = () => {
  const { data, isPending, isError, error, refetch, isRefetching } = useLowStock()

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">Low stock</Heading>
        <Text size="small" className="text-ui-fg-subtle mt-1 max-w-prose">
          Inventory items with fewer units available than their threshold ({DEFAULT_LOW_STOCK_THRESHOLD} unless set
          here), and the &ldquo;shop this step&rdquo; sets each one blocks or will soon block. Available is what is
          stocked at the warehouse minus what open orders have reserved.
        </Text>
      </Container>

      {isPending ? (
        <Loading what="stock" />
      ) : isError ? (
        <LoadFailed
          title="The stock could not be loaded"
          error={error}
          retry={() => refetch()}
          retrying={isRefetching}
        />
      ) : data.items.length === 0 ? (
        <Container className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Every item has at least as many units available as its threshold.
          </Text>
        </Container>
      ) : (
        <Container className="p-0">
          <div className="overflow-x-auto">
            <Table aria-label="Items under their low-stock threshold">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">Item</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="text-right">
                    Stocked
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="text-right">
                    Reserved
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="text-right">
                    Available
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">Threshold</Table.HeaderCell>
                  <Table.HeaderCell scope="col">Sets</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="text-right">
                    <span className="sr-only">Actions</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {data.items.map((item) => (
                  <Table.Row key={item.id} data-testid="low-stock-item" className="[&_td]:py-3 [&_td]:align-top">
                    <Table.Cell className="max-w-[280px]">
                      <div className="flex flex-col">
                        <Text size="small" weight="plus" className="whitespace-normal">
                          {itemName(item)}
                        </Text>
                        {item.sku ? (
                          <Text size="xsmall" className="text-ui-fg-subtle">
                            {item.sku}
                          </Text>
                        ) : null}
                      </div>
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{item.stocked}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">{item.reserved}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      <span className={item.available <= 0 ? "text-ui-fg-error font-medium" : undefined}>
                        {item.available}
                      </span>
                    </Table.Cell>
                    <Table.Cell>
                      <ThresholdForm
                        key={`${item.id}-${item.threshold}`}
                        id={item.id}
                        title={itemName(item)}
                        threshold={item.threshold}
                      />
                    </Table.Cell>
                    <Table.Cell className="whitespace-normal">
                      <SetsAtRisk item={item} />
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      <Button size="small" variant="secondary" asChild>
                        <Link to={`/inventory/${item.id}`}>
                          Restock<span className="sr-only"> {itemName(item)}</span>
                        </Link>
                      </Button>
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </Container>
      )}

      <WaitingShoppers />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Low stock",
  icon: ArchiveBox,
})

export const handle = {
  breadcrumb: () => "Low stock",
}

export default LowStockPage
