import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, OrderStatus, ReturnStatus } from "@medusajs/framework/utils"
import { BEST_SELLER_DAYS, OPEN_RETURN_STATUSES, summarize, WEEK_DAYS, type SummaryOrder } from "./summary"

/** More orders than this shop takes in a month; a larger shop would aggregate in SQL. */
const MAX_ORDERS = 5_000
const DAY_MS = 24 * 60 * 60 * 1000
/** Orders Medusa still treats as open; fulfilment only happens on these. */
const OPEN_ORDER_STATUSES = [OrderStatus.PENDING, OrderStatus.REQUIRES_ACTION]

const ORDER_FIELDS = [
  "id",
  "created_at",
  "status",
  "currency_code",
  "total",
  "items.product_id",
  "items.product_title",
  "items.product_type",
  "items.quantity",
  "items.detail.fulfilled_quantity",
]

type RawOrder = {
  id: string
  created_at: Date | string
  status: string
  currency_code: string
  total: unknown
  items?:
    | ({
        product_id?: string | null
        product_title?: string | null
        product_type?: string | null
        quantity?: unknown
        detail?: { fulfilled_quantity?: unknown } | null
      } | null)[]
    | null
}

const toOrder = (order: RawOrder): SummaryOrder => ({
  id: order.id,
  created_at: order.created_at,
  status: order.status,
  currency_code: order.currency_code,
  total: Number(order.total ?? 0) || 0,
  items: (order.items ?? []).flatMap((item) =>
    item
      ? [
          {
            product_id: item.product_id ?? null,
            product_title: item.product_title ?? null,
            product_type: item.product_type ?? null,
            quantity: Number(item.quantity ?? 0) || 0,
            fulfilled_quantity: Number(item.detail?.fulfilled_quantity ?? 0) || 0,
          },
        ]
      : []
  ),
})

/** The figures of the admin's "Today at a glance", read with query.graph. */
export async function loadDashboardSummary(container: MedusaContainer, { now, tz }: { now: Date; tz: string }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // A day of slack either side of the window covers every time zone's calendar days.
  const since = new Date(now.getTime() - (Math.max(WEEK_DAYS, BEST_SELLER_DAYS) + 1) * DAY_MS)
  const [recent, open, returns] = await Promise.all([
    query.graph({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { created_at: { $gte: since } },
      pagination: { take: MAX_ORDERS, order: { created_at: "DESC" } },
    }),
    query.graph({
      entity: "order",
      fields: ORDER_FIELDS,
      filters: { status: OPEN_ORDER_STATUSES },
      pagination: { take: MAX_ORDERS, order: { created_at: "DESC" } },
    }),
    query.graph({
      entity: "return",
      fields: ["id", "status"],
      filters: { status: OPEN_RETURN_STATUSES as ReturnStatus[] },
      pagination: { take: MAX_ORDERS },
    }),
  ])
  const orders = new Map<string, SummaryOrder>()
  for (const order of [...recent.data, ...open.data] as RawOrder[]) {
    orders.set(order.id, toOrder(order))
  }
  return summarize([...orders.values()], returns.data as { status: string }[], { now, tz })
}
