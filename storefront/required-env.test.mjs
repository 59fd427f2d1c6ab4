import { describe, expect, it } from "vitest"
import { environmentProblems } from "./required-env.mjs"

const strong = "f".repeat(48)

describe("the storefront's environment", () => {
  it("starts with a strong CLIENT_IP_SECRET of its own", () => {
    expect(environmentProblems({ CLIENT_IP_SECRET: strong, REVALIDATE_SECRET: "r".repeat(48) })).toEqual([])
  })

  it("refuses to start without CLIENT_IP_SECRET, with a short one, or with the revalidation secret", () => {
    expect(environmentProblems({})).toEqual([expect.stringMatching(/^CLIENT_IP_SECRET is not set\./)])
    expect(environmentProblems({ CLIENT_IP_SECRET: "lacremeluxe-development-secret" })).toEqual([
      "CLIENT_IP_SECRET is shorter than 32 characters; use a long random value.",
    ])
    expect(environmentProblems({ CLIENT_IP_SECRET: strong, REVALIDATE_SECRET: strong })).toEqual([
      "CLIENT_IP_SECRET must differ from REVALIDATE_SECRET: each secret opens one door only.",
    ])
  })
})
