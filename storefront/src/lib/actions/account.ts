"use server"

import { FetchError } from "@medusajs/js-sdk"
import { formStore } from "../i18n/form-store"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import type { z } from "zod"
import {
  DeleteAccountInput,
  LoginInput,
  ProfileInput,
  RegisterInput,
  ResetPasswordInput,
  ResetRequestInput,
} from "../util/account-input"
import { currentCustomer } from "../data/account"
import { AddressInput, fieldErrors, medusaProvince } from "../util/address"
import type { FormState } from "./form-state"
import { clearCartId, getCartId } from "../server/cookies"
import { medusa } from "../data/medusa"
import { clientHeaders, endSession, personal, startSession } from "../server/session"

const OUR_PROBLEM = "Something went wrong on our side. Nothing was changed; please try again in a moment."

function valuesOf(form: FormData, omit: string[] = ["password", "password_again", "token"]) {
  return Object.fromEntries(
    [...form].filter(([key]) => !omit.includes(key)).map(([key, value]) => [key, String(value)])
  )
}

function parse<T extends z.ZodType>(
  schema: T,
  form: FormData
): { ok: true; data: z.infer<T> } | { ok: false; state: FormState } {
  const parsed = schema.safeParse(Object.fromEntries(form))
  if (parsed.success) {
    return { ok: true, data: parsed.data }
  }
  return {
    ok: false,
    state: {
      status: "invalid",
      fieldErrors: fieldErrors(parsed.error),
      values: valuesOf(form),
      message: "Please check the highlighted fields.",
    },
  }
}

/** The store the form was posted from ("de", "de/en"): redirects stay in its language. */
function country(form: FormData) {
  return formStore(form, "country").path
}

/** A refusal in words: the rate limit's own sentence, or the given fallback. */
function refusal(error: unknown, fallback: string): string {
  if (error instanceof FetchError && error.status === 429) {
    return error.message
  }
  if (error instanceof FetchError && error.status && error.status < 500) {
    return fallback
  }
  console.error("account action failed", error)
  return OUR_PROBLEM
}

async function signIn(email: string, password: string): Promise<string> {
  const { token } = await medusa().client.fetch<{ token: string }>("/auth/customer/emailpass", {
    method: "POST",
    body: { email, password },
    headers: await clientHeaders(),
  })
  return token
}

/** A guest's cart becomes the shopper's on signing in, so nothing they picked is lost. */
async function keepGuestCart(token: string) {
  const cartId = await getCartId()
  if (!cartId) {
    return
  }
  await medusa()
    .store.cart.transferCart(cartId, {}, { authorization: `Bearer ${token}` })
    .catch(() => clearCartId()) // a completed or foreign cart: start a fresh one later
}

export async function loginAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = parse(LoginInput, form)
  if (!input.ok) {
    return input.state
  }
  let token: string
  try {
    token = await signIn(input.data.email, input.data.password)
  } catch (error) {
    return {
      status: "failed",
      values: valuesOf(form),
      message: refusal(
        error,
        "The e-mail address or the password is not right. Please try again, or reset your password."
      ),
    }
  }
  await keepGuestCart(token)
  await startSession(token)
  redirect(`/${country(form)}/account`)
}

export async function registerAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = parse(RegisterInput, form)
  if (!input.ok) {
    return input.state
  }
  const { email, password, first_name, last_name } = input.data
  let token: string
  try {
    const registration = await medusa().client.fetch<{ token: string }>("/auth/customer/emailpass/register", {
      method: "POST",
      body: { email, password },
      headers: await clientHeaders(),
    })
    await medusa().store.customer.create(
      { email, first_name, last_name },
      {},
      { authorization: `Bearer ${registration.token}` }
    )
    token = await signIn(email, password)
  } catch (error) {
    return {
      status: "failed",
      values: valuesOf(form),
      message: refusal(error, "An account with this e-mail address already exists. Log in, or reset your password."),
    }
  }
  await keepGuestCart(token)
  await startSession(token)
  redirect(`/${country(form)}/account?welcome=1`)
}

export async function logoutAction(form: FormData): Promise<void> {
  await endSession()
  // The cart was the account's: it stays with the account, not in this browser.
  await clearCartId()
  redirect(`/${country(form)}`)
}

/** Always the same answer, whether or not an account exists for the address. */
export async function requestPasswordResetAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = parse(ResetRequestInput, form)
  if (!input.ok) {
    return input.state
  }
  const store = formStore(form, "country")
  try {
    // The e-mail speaks the page's language and links to its store (Medusa's /auth routes read no
    // x-medusa-locale header: the metadata carries it to the auth.password_reset event).
    await medusa().client.fetch("/auth/customer/emailpass/reset-password", {
      method: "POST",
      body: { identifier: input.data.email, metadata: { country: store.country, locale: store.locale } },
      headers: await clientHeaders(),
    })
  } catch (error) {
    if (error instanceof FetchError && error.status === 429) {
      return { status: "failed", values: valuesOf(form), message: error.message }
    }
    // Medusa answers 201 "Created" as text, which the SDK cannot parse as JSON: that is success.
    if (!(error instanceof SyntaxError)) {
      console.error("password reset request failed", error)
    }
  }
  return {
    status: "done",
    message: `If an account exists for ${input.data.email}, we have sent it an e-mail with a link to choose a new password. The link works for 15 minutes.`,
  }
}

export async function resetPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = parse(ResetPasswordInput, form)
  if (!input.ok) {
    return input.state
  }
  try {
    await medusa().client.fetch("/auth/customer/emailpass/update", {
      method: "POST",
      body: { email: input.data.email, password: input.data.password },
      headers: { authorization: `Bearer ${input.data.token}` },
    })
  } catch (error) {
    return {
      status: "failed",
      message: refusal(error, "This reset link has expired or was already used. Please request a new one."),
    }
  }
  const token = await signIn(input.data.email, input.data.password).catch(() => null)
  if (token) {
    await keepGuestCart(token)
    await startSession(token)
  }
  redirect(`/${country(form)}/account?reset=1`)
}

async function signedIn() {
  const customer = await currentCustomer()
  if (!customer) {
    return null
  }
  return customer
}

const SIGNED_OUT: FormState = { status: "failed", message: "Your session has ended. Please log in again." }

export async function updateProfileAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = parse(ProfileInput, form)
  if (!input.ok) {
    return input.state
  }
  if (!(await signedIn())) {
    return SIGNED_OUT
  }
  try {
    await medusa().store.customer.update({ ...input.data, phone: input.data.phone || undefined }, {}, await personal())
  } catch (error) {
    return { status: "failed", values: valuesOf(form), message: refusal(error, OUR_PROBLEM) }
  }
  revalidatePath("/[countryCode]/account", "page")
  return { status: "done", message: "Your details are saved." }
}

export async function addAddressAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = parse(AddressInput, form)
  if (!input.ok) {
    return input.state
  }
  if (!(await signedIn())) {
    return SIGNED_OUT
  }
  const { province, ...address } = input.data
  try {
    await medusa().store.customer.createAddress(
      { ...address, province: medusaProvince(address.country_code, province) },
      {},
      await personal()
    )
  } catch (error) {
    return { status: "failed", values: valuesOf(form), message: refusal(error, OUR_PROBLEM) }
  }
  revalidatePath("/[countryCode]/account", "page")
  return { status: "done", message: "The address is saved. You will be offered it at checkout." }
}

export async function deleteAddressAction(form: FormData): Promise<void> {
  const id = String(form.get("address_id") ?? "")
  if (!/^caddr_\w+$/.test(id) || !(await signedIn())) {
    return
  }
  await medusa()
    .store.customer.deleteAddress(id, await personal())
    .catch((error) => console.error("address not deleted", error))
  revalidatePath("/[countryCode]/account", "page")
}

/** Deletes the account after the password is confirmed; orders stay, as tax law requires. */
export async function deleteAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = parse(DeleteAccountInput, form)
  if (!input.ok) {
    return input.state
  }
  const customer = await signedIn()
  if (!customer) {
    return SIGNED_OUT
  }
  try {
    await signIn(customer.email, input.data.password)
  } catch (error) {
    return {
      status: "failed",
      values: valuesOf(form),
      fieldErrors: { password: refusal(error, "This is not your password.") },
    }
  }
  try {
    await medusa().client.fetch("/store/customers/me", { method: "DELETE", headers: await personal() })
  } catch (error) {
    return { status: "failed", message: refusal(error, OUR_PROBLEM) }
  }
  await endSession()
  await clearCartId()
  redirect(`/${country(form)}?account=deleted`)
}
