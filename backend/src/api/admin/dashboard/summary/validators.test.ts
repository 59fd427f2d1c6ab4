import { describe, expect, it } from "vitest"
import { AdminDashboardSummaryQuery } from "./validators"

describe("AdminDashboardSummaryQuery", () => {
  it("reads days in UTC unless a known time zone is asked for", () => {
    expect(AdminDashboardSummaryQuery.parse({})).toEqual({ tz: "UTC" })
    expect(AdminDashboardSummaryQuery.parse({ tz: "Europe/Berlin" })).toEqual({ tz: "Europe/Berlin" })
  })

  it("refuses a time zone that does not exist with a sentence", () => {
    for (const tz of ["Mars/Olympus", "", ["UTC", "UTC"], "x".repeat(65)]) {
      const result = AdminDashboardSummaryQuery.safeParse({ tz })
      expect(result.success).toBe(false)
      expect(result.error?.issues[0].message).toBe("The time zone must be an IANA name such as Europe/Berlin or UTC.")
    }
  })
})
