import type { InferTypeOf } from "@medusajs/framework/types"
import type RefillReminder from "./models/refill-reminder"
import type StockAlert from "./models/stock-alert"

export const STOCK_ALERT_STATUSES = ["pending", "confirmed", "ended"] as const
export type StockAlertStatus = (typeof STOCK_ALERT_STATUSES)[number]

export const REFILL_REMINDER_STATUSES = ["scheduled", "sent", "canceled"] as const
export type RefillReminderStatus = (typeof REFILL_REMINDER_STATUSES)[number]

export type StockAlertRecord = InferTypeOf<typeof StockAlert>
export type RefillReminderRecord = InferTypeOf<typeof RefillReminder>

/** A line a refill reminder puts back in the cart. */
export type RefillItem = { variant_id: string; quantity: number }

/** A reminder's stored line, as the e-mail and the order page read it. */
export type StoredRefillItem = RefillItem & { title: string; runs_out_at: string }

/** Medusa types a `model.json()` column as an object; `items` holds a list (jsonb takes either). */
export const itemsColumn = (items: StoredRefillItem[]) => items as unknown as Record<string, unknown>
export const itemsOf = (column: unknown) => column as StoredRefillItem[]
