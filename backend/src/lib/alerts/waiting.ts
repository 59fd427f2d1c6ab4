import type { AlertVariant } from "./load"

export type WaitingVariant = {
  variant_id: string
  title: string
  product_id: string | null
  /** Confirmed alerts: shoppers who will get the "back in stock" e-mail. */
  waiting: number
  /** Guests who have not followed their confirmation link yet. */
  unconfirmed: number
}

/** Open alerts counted per variant, most waited-for first. Pure: unit-tested beside it. */
export function waitingPerVariant(
  alerts: { variant_id: string; status: string }[],
  variants: AlertVariant[]
): WaitingVariant[] {
  const byId = new Map(variants.map((variant) => [variant.id, variant]))
  const counts = new Map<string, WaitingVariant>()
  for (const alert of alerts) {
    if (alert.status !== "confirmed" && alert.status !== "pending") continue
    const variant = byId.get(alert.variant_id)
    const row = counts.get(alert.variant_id) ?? {
      variant_id: alert.variant_id,
      title: variant?.title ?? `Deleted variant ${alert.variant_id}`,
      product_id: variant?.product_id ?? null,
      waiting: 0,
      unconfirmed: 0,
    }
    if (alert.status === "confirmed") row.waiting += 1
    else row.unconfirmed += 1
    counts.set(alert.variant_id, row)
  }
  return [...counts.values()].sort(
    (a, b) => b.waiting - a.waiting || b.unconfirmed - a.unconfirmed || a.title.localeCompare(b.title)
  )
}
