import { describe, expect, it } from "vitest"
import { AdminSetLowStockThreshold } from "./validators"

describe("AdminSetLowStockThreshold", () => {
  it("accepts a whole number from 0 to 100,000", () => {
    for (const threshold of [0, 10, 100_000]) {
      expect(AdminSetLowStockThreshold.parse({ threshold })).toEqual({ threshold })
    }
  })

  it("refuses anything else with one sentence", () => {
    for (const threshold of [-1, 2.5, 100_001, "10", null, undefined, Number.NaN]) {
      const result = AdminSetLowStockThreshold.safeParse({ threshold })
      expect(result.success, String(threshold)).toBe(false)
      expect(result.error?.issues[0].message).toBe("The low-stock threshold must be a whole number from 0 to 100,000.")
    }
  })

  it("refuses fields it does not know", () => {
    expect(AdminSetLowStockThreshold.safeParse({ threshold: 5, note: "x" }).success).toBe(false)
  })
})
