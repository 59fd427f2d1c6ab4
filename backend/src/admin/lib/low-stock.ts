import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { DEFAULT_LOW_STOCK_THRESHOLD, MAX_LOW_STOCK_THRESHOLD, type LowStockItem } from "../../lib/stock/low-stock"
import type { DashboardSummary } from "../../lib/dashboard/types"
import type { WaitingVariant } from "../../lib/alerts/waiting"
import { httpStatus } from "./guides"
import { sdk } from "./sdk"

export { DEFAULT_LOW_STOCK_THRESHOLD, MAX_LOW_STOCK_THRESHOLD }
export type { DashboardSummary, LowStockItem, WaitingVariant }

type LowStockResponse = { items: LowStockItem[]; count: number; default_threshold: number }
type SummaryResponse = { summary: DashboardSummary }

/** The same rule as the API's, so staff see the sentence before anything is sent. */
export function thresholdError(input: string): string | null {
  const value = Number(input)
  return input.trim() !== "" && Number.isInteger(value) && value >= 0 && value <= MAX_LOW_STOCK_THRESHOLD
    ? null
    : `The low-stock threshold must be a whole number from 0 to ${MAX_LOW_STOCK_THRESHOLD.toLocaleString("en")}.`
}

/** "€1,234.50" — an amount in major units, in its currency. */
export function formatMoney(amount: number, currencyCode: string): string {
  return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}

const retryUnlessClientError = (failureCount: number, error: unknown) => {
  const status = httpStatus(error)
  return !(status !== undefined && status >= 400 && status < 500) && failureCount < 1
}

export const stockQueryKeys = {
  lowStock: ["low-stock"] as const,
  waiting: ["stock-alerts-waiting"] as const,
  summary: ["dashboard-summary"] as const,
}

export function useLowStock() {
  return useQuery({
    queryKey: stockQueryKeys.lowStock,
    queryFn: () => sdk.client.fetch<LowStockResponse>("/admin/low-stock", { method: "GET" }),
    retry: retryUnlessClientError,
  })
}

/** How many shoppers wait for each sold-out variant (back-in-stock alerts). */
export function useWaitingShoppers() {
  return useQuery({
    queryKey: stockQueryKeys.waiting,
    queryFn: () =>
      sdk.client.fetch<{ variants: WaitingVariant[]; count: number }>("/admin/stock-alerts/waiting", { method: "GET" }),
    retry: retryUnlessClientError,
  })
}

export function useSetLowStockThreshold() {
  const queryClient = useQueryClient()
  return useMutation<unknown, Error, { id: string; threshold: number }>({
    mutationFn: ({ id, threshold }) =>
      sdk.client.fetch(`/admin/inventory-items/${encodeURIComponent(id)}/low-stock-threshold`, {
        method: "POST",
        body: { threshold },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stockQueryKeys.lowStock }),
  })
}

/** The store keeps no time zone of its own: days run midnight to midnight UTC, as the widget says. */
export const SUMMARY_TIME_ZONE = "UTC"

export function useDashboardSummary() {
  return useQuery({
    queryKey: stockQueryKeys.summary,
    queryFn: () =>
      sdk.client.fetch<SummaryResponse>("/admin/dashboard/summary", {
        method: "GET",
        query: { tz: SUMMARY_TIME_ZONE },
      }),
    retry: retryUnlessClientError,
  })
}
