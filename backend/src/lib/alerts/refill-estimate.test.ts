import { describe, expect, it } from "vitest"
import type { RoutineFacts } from "@lacremeluxe/shared"
import { estimateRefill, REFILL_NOTICE_DAYS, type RefillComponent } from "./refill-estimate"

const facts = (over: Partial<RoutineFacts>): RoutineFacts => ({
  actives: [],
  max_uses_per_week: 7,
  starting_uses_per_week: null,
  amount_per_use_ml: 1,
  ...over,
})
const product = (time: "am" | "pm" | "am_pm", over: Partial<RoutineFacts> = {}) => ({
  facts: facts(over),
  time_of_day: time,
  pregnancy_safe: true,
})
const ordered = new Date("2026-12-01T10:00:00Z")
const day = (n: number) => new Date(ordered.getTime() + n * 86_400_000)
const line = (variant_id: string, quantity: number, components: RefillComponent[]) => ({
  variant_id,
  title: variant_id,
  quantity,
  components,
})

describe("refill estimate", () => {
  it("a 30 ml serum at 0.5 ml every evening lasts 60 days; the reminder goes the notice days before", () => {
    const estimate = estimateRefill(
      [line("serum", 1, [{ volume_ml: 30, units: 1, product: product("pm", { amount_per_use_ml: 0.5 }) }])],
      ordered
    )
    expect(estimate?.runs_out_at).toEqual(day(60))
    expect(estimate?.send_at).toEqual(day(60 - REFILL_NOTICE_DAYS))
  })

  it("counts mornings and evenings, a retinoid's starting number and the quantity bought", () => {
    const [cleanser, retinoid] = estimateRefill(
      [
        line("cleanser", 2, [{ volume_ml: 140, units: 1, product: product("am_pm", { amount_per_use_ml: 2 }) }]),
        line("retinoid", 1, [
          {
            volume_ml: 30,
            units: 1,
            product: product("pm", { max_uses_per_week: 7, starting_uses_per_week: 2, amount_per_use_ml: 0.5 }),
          },
        ]),
      ],
      ordered
    )!.lines
    expect(cleanser.runs_out_at).toEqual(day(70)) // 280 ml at 28 ml a week
    // 30 ml at 1 ml a week would last 210 days: an opened pack is kept six months at most.
    expect(retinoid.runs_out_at).toEqual(day(Math.floor(6 * (52 / 12) * 7)))
  })

  it("a set runs out with its first component; lines without a size or facts are left out", () => {
    const estimate = estimateRefill(
      [
        line("set", 1, [
          { volume_ml: 150, units: 1, product: product("pm", { amount_per_use_ml: 2 }) },
          { volume_ml: 150, units: 1, product: product("am_pm", { amount_per_use_ml: 1.5 }) },
        ]),
        line("no-size", 1, [{ volume_ml: null, units: 1, product: product("pm") }]),
        line("no-facts", 1, [{ volume_ml: 50, units: 1, product: null }]),
      ],
      ordered
    )
    expect(estimate?.lines.map((l) => [l.variant_id, l.runs_out_at])).toEqual([["set", day(50)]])
  })

  it("nothing to estimate gives no reminder; a pack that runs out within the notice is reminded at once", () => {
    expect(estimateRefill([line("x", 1, [{ volume_ml: null, units: 1, product: null }])], ordered)).toBeNull()
    const soon = estimateRefill([line("mini", 1, [{ volume_ml: 5, units: 1, product: product("am_pm") }])], ordered)
    expect(soon?.runs_out_at).toEqual(day(2))
    expect(soon?.send_at).toEqual(ordered)
  })
})
