import { z } from "zod"

/** What the account forms accept. Pure: unit-tested, shared by the server actions. */

const email = z.string().trim().toLowerCase().email("Please enter a valid e-mail address, like name@example.com.")
const name = (label: string) => z.string().trim().min(1, `Please enter ${label}.`).max(120, "This is too long.")

export const PASSWORD_RULE = "at least 10 characters"

const newPassword = z
  .string()
  .min(10, `Please choose a password of ${PASSWORD_RULE}.`)
  .max(128, "Please choose a password of at most 128 characters.")

export const LoginInput = z.object({
  email,
  password: z.string().min(1, "Please enter your password.").max(128),
})

export const RegisterInput = z
  .object({
    first_name: name("your first name"),
    last_name: name("your last name"),
    email,
    password: newPassword,
    password_again: z.string(),
  })
  .refine((input) => input.password === input.password_again, {
    path: ["password_again"],
    message: "The two passwords are not the same.",
  })

export const ResetRequestInput = z.object({ email })

export const ResetPasswordInput = z
  .object({
    email,
    token: z.string().min(20, "This reset link is incomplete; please request a new one.").max(4096),
    password: newPassword,
    password_again: z.string(),
  })
  .refine((input) => input.password === input.password_again, {
    path: ["password_again"],
    message: "The two passwords are not the same.",
  })

export const ProfileInput = z.object({
  first_name: name("your first name"),
  last_name: name("your last name"),
  phone: z.string().trim().max(30, "The phone number is too long.").optional(),
})

export const DeleteAccountInput = z.object({
  password: z.string().min(1, "Please enter your password to confirm."),
  confirm: z.literal("on", { error: "Please tick the box to confirm that your account should be deleted." }),
})
