/** The answer of GET /admin/dashboard/summary and what it is computed from (shared with the admin). */
export type SummaryOrder = {
  id: string
  created_at: Date | string
  status: string
  currency_code: string
  total: number
  items: {
    product_id: string | null
    product_title: string | null
    product_type: string | null
    quantity: number
    fulfilled_quantity: number
  }[]
}

export type Revenue = { currency_code: string; amount: number }
export type Period = { from: string; to: string; orders: number; revenue: Revenue[] }
export type BestSellingSet = { product_id: string | null; title: string; quantity: number; orders: number }

export type DashboardSummary = {
  timezone: string
  today: Period
  last_7_days: Period
  awaiting_fulfillment: number
  open_returns: number
  best_selling_sets: BestSellingSet[]
}
