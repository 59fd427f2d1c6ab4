import { z } from "zod"

/**
 * What the account forms accept. Pure: unit-tested, shared by the server actions. Messages are
 * keys of the "accountActions.errors" messages, put into the shopper's language by the action
 * (lib/i18n/field-errors.ts).
 */

const email = z.string().trim().toLowerCase().email("email")
const name = (key: "firstName" | "lastName") => z.string().trim().min(1, key).max(120, "tooLong")

const newPassword = z.string().min(10, "passwordShort").max(128, "passwordLong")

export const LoginInput = z.object({
  email,
  password: z.string().min(1, "password").max(128, "passwordLong"),
})

export const RegisterInput = z
  .object({
    first_name: name("firstName"),
    last_name: name("lastName"),
    email,
    password: newPassword,
    password_again: z.string(),
  })
  .refine((input) => input.password === input.password_again, { path: ["password_again"], message: "passwordsDiffer" })

export const ResetRequestInput = z.object({ email })

export const ResetPasswordInput = z
  .object({
    email,
    token: z.string().min(20, "resetIncomplete").max(4096, "resetIncomplete"),
    password: newPassword,
    password_again: z.string(),
  })
  .refine((input) => input.password === input.password_again, { path: ["password_again"], message: "passwordsDiffer" })

export const ProfileInput = z.object({
  first_name: name("firstName"),
  last_name: name("lastName"),
  phone: z.string().trim().max(30, "phoneLong").optional(),
})

export const DeleteAccountInput = z.object({
  password: z.string().min(1, "confirmPassword"),
  confirm: z.literal("on", { error: "confirmDelete" }),
})
