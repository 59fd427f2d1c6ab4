import { describe, expect, it } from "vitest"
import { createTranslator } from "next-intl"
import de from "../../messages/de.json"
import en from "../../messages/en.json"
import fr from "../../messages/fr.json"
import { translateFieldErrors } from "../i18n/field-errors"
import { fieldErrors, type FieldErrors } from "./address"
import { DeleteAccountInput, LoginInput, RegisterInput, ResetPasswordInput } from "./account-input"

/** The field errors as the account forms show them, in a language. */
function inWords(errors: FieldErrors, locale = "en-GB", messages: typeof en = en) {
  return translateFieldErrors(errors, createTranslator({ locale, messages, namespace: "accountActions.errors" }))
}

describe("account forms", () => {
  it("registers with names, a valid e-mail (lower-cased) and matching passwords of 10+ characters", () => {
    const ok = RegisterInput.safeParse({
      first_name: "Mara",
      last_name: "Lindqvist",
      email: " Mara@Example.COM ",
      password: "long enough pw",
      password_again: "long enough pw",
    })
    expect(ok.success && ok.data.email).toBe("mara@example.com")

    const bad = RegisterInput.safeParse({
      first_name: "",
      last_name: "L",
      email: "mara@",
      password: "short",
      password_again: "other",
    })
    expect(bad.success).toBe(false)
    const errors = inWords(fieldErrors(bad.error!))
    expect(errors.first_name).toBe("Please enter your first name.")
    expect(errors.email).toMatch(/valid e-mail/)
    expect(errors.password).toBe("Please choose a password of at least 10 characters.")
  })

  it("says what is wrong in the shopper's language", () => {
    const bad = RegisterInput.safeParse({
      first_name: "",
      last_name: "",
      email: "x",
      password: "y",
      password_again: "",
    })
    expect(inWords(fieldErrors(bad.error!), "de-DE", de)).toEqual({
      first_name: "Bitte geben Sie Ihren Vornamen ein.",
      last_name: "Bitte geben Sie Ihren Nachnamen ein.",
      email: "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.",
      password: "Bitte wählen Sie ein Passwort mit mindestens 10 Zeichen.",
      password_again: "Die beiden Passwörter stimmen nicht überein.",
    })
    expect(inWords(fieldErrors(bad.error!), "fr-FR", fr).password).toBe(
      "Veuillez choisir un mot de passe d’au moins 10 caractères."
    )
  })

  it("says when the two new passwords differ", () => {
    const result = ResetPasswordInput.safeParse({
      email: "a@b.test",
      token: "x".repeat(40),
      password: "a long password",
      password_again: "a long passw0rd",
    })
    expect(inWords(fieldErrors(result.error!)).password_again).toBe("The two passwords are not the same.")
  })

  it("asks for the password and the tick before deleting an account", () => {
    expect(inWords(fieldErrors(DeleteAccountInput.safeParse({ password: "" }).error!))).toEqual({
      password: "Please enter your password to confirm.",
      confirm: "Please tick the box to confirm that your account should be deleted.",
    })
    expect(LoginInput.safeParse({ email: "a@b.test", password: "x" }).success).toBe(true)
  })

  it("names every refusal with a message key, so none reaches a shopper untranslated", () => {
    const keys = new Set(Object.keys(en.accountActions.errors))
    const refusals = [
      RegisterInput.safeParse({
        first_name: "x".repeat(121),
        last_name: "",
        email: "",
        password: "x".repeat(129),
        password_again: "",
      }),
      ResetPasswordInput.safeParse({ email: "a@b.test", token: "short", password: "", password_again: "" }),
      LoginInput.safeParse({ email: "a", password: "" }),
      DeleteAccountInput.safeParse({ password: "", confirm: "off" }),
    ].flatMap((result) => Object.values(fieldErrors(result.error!)))
    expect(refusals.filter((key) => !keys.has(key!))).toEqual([])
  })
})
