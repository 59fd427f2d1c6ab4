import type { ProductFacts } from "../routine/catalog"
import { MONTHS_A_PACK_LASTS_AT_MOST, WEEKS_A_MONTH } from "../routine/plan"
import { startingUsesAWeek } from "../routine/rules"

/** The refill e-mail goes out this many days before the first line runs out: the one source. */
export const REFILL_NOTICE_DAYS = 5

const DAY_MS = 86_400_000
const DAYS_A_WEEK = 7

/** One product in a line: its size, how many of it one unit of the line holds, its routine facts. */
export type RefillComponent = { volume_ml: number | null; units: number; product: ProductFacts | null }

/** An order line as the estimate reads it; a set lists each of its components. */
export type RefillLine = { variant_id: string; title: string; quantity: number; components: RefillComponent[] }

export type LineEstimate = { variant_id: string; title: string; quantity: number; runs_out_at: Date }

export type RefillEstimate = {
  lines: LineEstimate[]
  /** The first line to run out, and when the reminder goes (REFILL_NOTICE_DAYS before, never before `from`). */
  runs_out_at: Date
  send_at: Date
} | null

/**
 * Days one component lasts: its millilitres over what the routine uses a week (amount per use ×
 * uses a week to begin with), a pack at most MONTHS_A_PACK_LASTS_AT_MOST months once opened.
 */
function daysLasting(component: RefillComponent, lineQuantity: number): number | null {
  const facts = component.product?.facts
  const weekly = component.product && facts ? startingUsesAWeek(component.product) * facts.amount_per_use_ml : 0
  if (!component.volume_ml || !(weekly > 0)) {
    return null
  }
  const packs = lineQuantity * component.units
  const perPack = Math.min(
    (component.volume_ml / weekly) * DAYS_A_WEEK,
    MONTHS_A_PACK_LASTS_AT_MOST * WEEKS_A_MONTH * 7
  )
  return perPack * packs
}

/**
 * When each line of an order runs out, counted from `from` (the order's date). A line without a
 * size or routine facts (or a set with such a component) has no estimate and is left out; a set
 * runs out with its first component. Pure: unit-tested beside it.
 */
export function estimateRefill(lines: RefillLine[], from: Date): RefillEstimate {
  const estimates: LineEstimate[] = []
  for (const line of lines) {
    const days = line.components.map((component) => daysLasting(component, line.quantity))
    if (!days.length || days.some((d) => d === null)) {
      continue
    }
    const first = Math.min(...(days as number[]))
    estimates.push({
      variant_id: line.variant_id,
      title: line.title,
      quantity: line.quantity,
      runs_out_at: new Date(from.getTime() + Math.floor(first) * DAY_MS),
    })
  }
  if (!estimates.length) {
    return null
  }
  const runsOut = new Date(Math.min(...estimates.map((line) => line.runs_out_at.getTime())))
  const sendAt = new Date(Math.max(from.getTime(), runsOut.getTime() - REFILL_NOTICE_DAYS * DAY_MS))
  return { lines: estimates, runs_out_at: runsOut, send_at: sendAt }
}
