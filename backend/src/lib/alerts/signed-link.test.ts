import { describe, expect, it } from "vitest"
import { linkKey, signLink, verifyLink } from "./signed-link"

const key = linkKey("a cookie secret of the store")

describe("signed e-mail links", () => {
  it("open the record they were signed for, for their purpose only", () => {
    const token = signLink(key, "unsubscribe-alert", "stal_1")
    expect(verifyLink(key, "unsubscribe-alert", token)).toEqual({ ok: true, id: "stal_1" })
    expect(verifyLink(key, "confirm-alert", token)).toEqual({ ok: false, reason: "invalid" })
  })

  it("are refused when changed, signed with another secret or malformed", () => {
    const token = signLink(key, "refill-cart", "refill_1")
    const [body, signature] = token.split(".")
    const forged = `${Buffer.from(JSON.stringify({ p: "refill-cart", id: "refill_2" })).toString("base64url")}.${signature}`
    expect(verifyLink(key, "refill-cart", forged).ok).toBe(false)
    expect(verifyLink(linkKey("another secret"), "refill-cart", token).ok).toBe(false)
    for (const bad of ["", "x", `${body}.`, `${token}.x`, "!!.!!"]) {
      expect(verifyLink(key, "refill-cart", bad)).toEqual({ ok: false, reason: "invalid" })
    }
  })

  it("expire when signed with an end", () => {
    const token = signLink(key, "confirm-alert", "stal_1", new Date("2026-12-10T00:00:00Z"))
    expect(verifyLink(key, "confirm-alert", token, new Date("2026-12-09T23:59:00Z")).ok).toBe(true)
    expect(verifyLink(key, "confirm-alert", token, new Date("2026-12-10T00:00:01Z"))).toEqual({
      ok: false,
      reason: "expired",
    })
  })
})
