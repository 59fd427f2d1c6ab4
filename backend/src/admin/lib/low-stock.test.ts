import { describe, expect, it } from "vitest"
import { formatMoney, thresholdError } from "./low-stock"

describe("thresholdError", () => {
  it("accepts whole numbers from 0 to 100,000", () => {
    expect(thresholdError("0")).toBeNull()
    expect(thresholdError("25")).toBeNull()
    expect(thresholdError("100000")).toBeNull()
  })

  it("refuses anything else with the API's sentence", () => {
    for (const input of ["", " ", "-1", "2.5", "100001", "ten"]) {
      expect(thresholdError(input)).toBe("The low-stock threshold must be a whole number from 0 to 100,000.")
    }
  })
})

describe("formatMoney", () => {
  it("shows an amount in its currency", () => {
    expect(formatMoney(1234.5, "eur")).toBe("€1,234.50")
    expect(formatMoney(43, "usd")).toBe("$43.00")
  })
})
