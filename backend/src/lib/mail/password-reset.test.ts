import { describe, expect, it } from "vitest"
import { passwordResetUrl, renderPasswordReset } from "./password-reset"

const base = {
  email: "mara+x@example.com",
  token: "tok.en",
  storefrontUrl: "https://shop.test/",
  backendUrl: "https://api.test",
}

describe("the password-reset e-mail", () => {
  it("links shoppers to the storefront in their store's country, staff to Medusa Admin", () => {
    expect(passwordResetUrl({ ...base, actorType: "customer", country: "us" })).toBe(
      "https://shop.test/us/account/reset-password?token=tok.en&email=mara%2Bx%40example.com"
    )
    expect(passwordResetUrl({ ...base, actorType: "customer", country: "../evil" })).toContain(
      "/de/en/account/reset-password?"
    )
    expect(passwordResetUrl({ ...base, actorType: "user" })).toBe(
      "https://api.test/app/reset-password?token=tok.en&email=mara%2Bx%40example.com"
    )
    expect(passwordResetUrl({ ...base, actorType: "robot" })).toBeNull()
  })

  it("carries the link in text and (escaped) HTML", () => {
    const mail = renderPasswordReset({
      email: base.email,
      resetUrl: "https://shop.test/de/account/reset-password?token=a&email=b",
    })
    expect(mail.subject).toBe("Reset your LACREMELUXE password")
    expect(mail.text).toContain("https://shop.test/de/account/reset-password?token=a&email=b")
    expect(mail.html).toContain('href="https://shop.test/de/account/reset-password?token=a&amp;email=b"')
    expect(mail.text).toMatch(/If it was not you, ignore this e-mail/)
  })
})
