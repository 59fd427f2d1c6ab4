import { describe, expect, it } from "vitest"
import { passwordResetLocale, passwordResetUrl, renderPasswordReset } from "./password-reset"

const base = {
  email: "mara+x@example.com",
  token: "tok.en",
  storefrontUrl: "https://shop.test/",
  backendUrl: "https://api.test",
  locale: "en-GB" as const,
}

describe("the password-reset e-mail", () => {
  it("links shoppers to the storefront in their store's country and language, staff to Medusa Admin", () => {
    expect(passwordResetUrl({ ...base, actorType: "customer", country: "us" })).toBe(
      "https://shop.test/us/account/reset-password?token=tok.en&email=mara%2Bx%40example.com"
    )
    expect(passwordResetUrl({ ...base, actorType: "customer", country: "../evil" })).toContain(
      "/de/en/account/reset-password?"
    )
    expect(passwordResetUrl({ ...base, actorType: "customer", country: "fr", locale: "fr-FR" })).toContain(
      "https://shop.test/fr/account/reset-password?"
    )
    expect(passwordResetUrl({ ...base, actorType: "customer", country: "fr", locale: "de-DE" })).toContain(
      "https://shop.test/fr/de/account/reset-password?"
    )
    expect(passwordResetUrl({ ...base, actorType: "user" })).toBe(
      "https://api.test/app/reset-password?token=tok.en&email=mara%2Bx%40example.com"
    )
    expect(passwordResetUrl({ ...base, actorType: "robot" })).toBeNull()
  })

  it("reads its language from the request's metadata as any request's locale, English without", () => {
    expect(passwordResetLocale({ locale: "de-DE" })).toBe("de-DE")
    expect(passwordResetLocale({ locale: "fr-BE" })).toBe("fr-FR")
    expect(passwordResetLocale({ locale: "en-US" })).toBe("en-GB")
    expect(passwordResetLocale({ locale: ["de-DE"] })).toBe("en-GB")
    expect(passwordResetLocale(undefined)).toBe("en-GB")
  })

  it("carries the link in text and (escaped) HTML", () => {
    const mail = renderPasswordReset({
      locale: "en-GB",
      email: base.email,
      resetUrl: "https://shop.test/de/account/reset-password?token=a&email=b",
    })
    expect(mail.subject).toBe("Reset your LACREMELUXE password")
    expect(mail.text).toContain("https://shop.test/de/account/reset-password?token=a&email=b")
    expect(mail.html).toContain('href="https://shop.test/de/account/reset-password?token=a&amp;email=b"')
    expect(mail.text).toMatch(/If it was not you, ignore this e-mail/)
  })

  it("speaks German and French", () => {
    const german = renderPasswordReset({ locale: "de-DE", email: base.email, resetUrl: "https://r" })
    expect(german.subject).toBe("Setzen Sie Ihr LACREMELUXE-Passwort zurück")
    expect(german.text).toContain("Neues Passwort wählen: https://r")
    expect(german.html).toContain('<html lang="de">')
    const french = renderPasswordReset({ locale: "fr-FR", email: base.email, resetUrl: "https://r" })
    expect(french.subject).toBe("Réinitialisez votre mot de passe LACREMELUXE")
    expect(french.text).toContain("Choisir un nouveau mot de passe: https://r")
  })
})
