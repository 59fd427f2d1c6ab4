import { describe, expect, it } from "vitest"
import { fieldErrors } from "./address"
import { DeleteAccountInput, LoginInput, RegisterInput, ResetPasswordInput } from "./account-input"

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
    const errors = fieldErrors(bad.error!)
    expect(errors.first_name).toBe("Please enter your first name.")
    expect(errors.email).toMatch(/valid e-mail/)
    expect(errors.password).toBe("Please choose a password of at least 10 characters.")
  })

  it("says when the two new passwords differ", () => {
    const result = ResetPasswordInput.safeParse({
      email: "a@b.test",
      token: "x".repeat(40),
      password: "a long password",
      password_again: "a long passw0rd",
    })
    expect(fieldErrors(result.error!).password_again).toBe("The two passwords are not the same.")
  })

  it("asks for the password and the tick before deleting an account", () => {
    expect(fieldErrors(DeleteAccountInput.safeParse({ password: "" }).error!)).toEqual({
      password: "Please enter your password to confirm.",
      confirm: "Please tick the box to confirm that your account should be deleted.",
    })
    expect(LoginInput.safeParse({ email: "a@b.test", password: "x" }).success).toBe(true)
  })
})
