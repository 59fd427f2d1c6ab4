import { describe, expect, it } from "vitest"
import { addressProblem } from "./address"

describe("addressProblem", () => {
  it("lets ordinary addresses through, encoded text included", () => {
    expect(addressProblem("/store/products/prod_01ABC?fields=*variants,+metadata&limit=20")).toBeNull()
    expect(addressProblem("/store/catalog?q=cr%C3%A8me+l%C3%A9g%C3%A8re&region_id=reg_1")).toBeNull()
    expect(addressProblem("/store/products?handle[$ilike]=%25serum%25")).toBeNull()
    expect(addressProblem("/de/guide/pore-care?utm_source=")).toBeNull()
    expect(addressProblem("/")).toBeNull()
  })

  it("refuses broken percent-encoding in the path or the query with a sentence", () => {
    for (const url of [
      "/store/products/%ZZ",
      "/store/carts/%/complete",
      "/store/x/%C0%AF",
      "/store/products?q=%E0%A4%A",
    ]) {
      expect(addressProblem(url)).toMatch(/has a broken percent-encoding \(".*"\): write "%" as "%25"\.$/)
    }
  })

  it("refuses control characters once decoded, and path parts or ids longer than any id", () => {
    expect(addressProblem("/store/products/prod%00")).toMatch(/control characters/)
    expect(addressProblem("/store/products?q=%1B[2J")).toBe(
      'The query parameter "q" contains control characters (such as NUL).'
    )
    expect(addressProblem(`/store/carts/${"x".repeat(300)}`)).toMatch(/300 characters long/)
    expect(addressProblem(`/store/shipping-options?cart_id=${"x".repeat(300)}`)).toMatch(
      /"cart_id" is longer than any id/
    )
    expect(addressProblem(`/store/catalog?q=${"x".repeat(300)}`)).toBeNull()
  })
})
