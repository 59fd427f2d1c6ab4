import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import { errorMessage } from "../lib/guides"
import { type DashboardSummary, formatMoney, SUMMARY_TIME_ZONE, useDashboardSummary } from "../lib/low-stock"

const Revenue = ({ revenue }: { revenue: DashboardSummary["today"]["revenue"] }) =>
  revenue.length === 0 ? <>no revenue</> : <>{revenue.map((r) => formatMoney(r.amount, r.currency_code)).join(" · ")}</>

const Figure = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-y-0.5">
    <dt className="txt-compact-small text-ui-fg-subtle">{label}</dt>
    <dd className="txt-compact-medium-plus tabular-nums">{children}</dd>
  </div>
)

/** How many of the best-selling sets the widget names. */
const BEST_SELLER_COUNT = 5

const orders = (count: number) => (count === 1 ? "1 order" : `${count} orders`)

/**
 * On the orders list staff open every day (Medusa 2.21 renders this zone under the table):
 * today's and the week's orders and revenue, what waits to be fulfilled or received back, and
 * the sets that sell.
 */
const OrdersAtAGlanceWidget = () => {
  const { data, isPending, isError, error } = useDashboardSummary()

  return (
    <Container role="region" className="flex flex-col gap-y-3 px-6 py-4" aria-labelledby="at-a-glance-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <Heading level="h2" id="at-a-glance-heading">
          Today at a glance
        </Heading>
        <Text size="xsmall" className="text-ui-fg-muted">
          Days run midnight to midnight {SUMMARY_TIME_ZONE}; canceled orders are left out.
        </Text>
      </div>
      {isPending ? (
        <Text size="small" className="text-ui-fg-subtle" role="status">
          Loading the figures…
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error" role="alert">
          The figures could not be loaded: {errorMessage(error)}
        </Text>
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
            <Figure label="Today">
              {orders(data.summary.today.orders)}, <Revenue revenue={data.summary.today.revenue} />
            </Figure>
            <Figure label="Last 7 days">
              {orders(data.summary.last_7_days.orders)}, <Revenue revenue={data.summary.last_7_days.revenue} />
            </Figure>
            <Figure label="Waiting to be fulfilled">{orders(data.summary.awaiting_fulfillment)}</Figure>
            <Figure label="Open returns">{data.summary.open_returns}</Figure>
          </dl>
          <div className="flex flex-col gap-y-1">
            <Text size="small" weight="plus" id="best-sets-heading">
              Best-selling sets, last 30 days
            </Text>
            {data.summary.best_selling_sets.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle">
                No set sold in the last 30 days.
              </Text>
            ) : (
              <ol className="flex flex-wrap gap-x-6 gap-y-1" aria-labelledby="best-sets-heading">
                {data.summary.best_selling_sets.slice(0, BEST_SELLER_COUNT).map((set) => (
                  <li key={set.product_id ?? set.title} className="txt-compact-small">
                    {set.product_id ? (
                      <Link to={`/products/${set.product_id}`} className="text-ui-fg-interactive hover:underline">
                        {set.title}
                      </Link>
                    ) : (
                      set.title
                    )}{" "}
                    <span className="text-ui-fg-subtle tabular-nums">
                      {set.quantity} sold in {orders(set.orders)}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default OrdersAtAGlanceWidget
