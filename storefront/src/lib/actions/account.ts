"use server"

import { FetchError } from "@medusajs/js-sdk"
import { formStore } from "../i18n/form-store"
import { translateFieldErrors } from "../i18n/field-errors"
import { refusalInWords } from "../i18n/refusal"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getTranslations } from "next-intl/server"
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

type AccountT = Awaited<ReturnType<typeof getTranslations<"accountActions">>>

/** The account messages in the language of the page the form was posted from. */
function accountT(form: FormData): Promise<AccountT> {
  return getTranslations({ locale: formStore(form, "country").locale, namespace: "accountActions" })
}

function valuesOf(form: FormData, omit: string[] = ["password", "password_again", "token"]) {
  return Object.fromEntries(
    [...form].filter(([key]) => !omit.includes(key)).map(([key, value]) => [key, String(value)])
  )
}

/**
 * The form's input, or its field errors in the shopper's language: the account schemas name keys of
 * "accountActions.errors", the address schema keys of "forms.errors" (`errors`).
 */
async function parse<T extends z.ZodType>(
  schema: T,
  form: FormData,
  errors: "accountActions.errors" | "forms.errors" = "accountActions.errors"
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; state: FormState }> {
  const parsed = schema.safeParse(Object.fromEntries(form))
  if (parsed.success) {
    return { ok: true, data: parsed.data }
  }
  const locale = formStore(form, "country").locale
  const [t, errorsT] = await Promise.all([accountT(form), getTranslations({ locale, namespace: errors })])
  return {
    ok: false,
    state: {
      status: "invalid",
      fieldErrors: translateFieldErrors(fieldErrors(parsed.error), errorsT),
      values: valuesOf(form),
      message: t("checkFields"),
    },
  }
}

/** The store the form was posted from ("de", "de/en"): redirects stay in its language. */
function country(form: FormData) {
  return formStore(form, "country").path
}

/** A refusal of the backend in the shopper's words; `fallback` says what a 4xx means for this form. */
function refusal(error: unknown, t: AccountT, fallback: string): string {
  return refusalInWords(
    error,
    { tooMany: t("tooMany"), refused: () => fallback, ourProblem: t("ourProblem") },
    "account action"
  )
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
  const input = await parse(LoginInput, form)
  if (!input.ok) {
    return input.state
  }
  let token: string
  try {
    token = await signIn(input.data.email, input.data.password)
  } catch (error) {
    const t = await accountT(form)
    return { status: "failed", values: valuesOf(form), message: refusal(error, t, t("wrongLogin")) }
  }
  await keepGuestCart(token)
  await startSession(token)
  redirect(`/${country(form)}/account`)
}

export async function registerAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = await parse(RegisterInput, form)
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
    const t = await accountT(form)
    return { status: "failed", values: valuesOf(form), message: refusal(error, t, t("accountExists")) }
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
  const input = await parse(ResetRequestInput, form)
  if (!input.ok) {
    return input.state
  }
  const store = formStore(form, "country")
  const t = await accountT(form)
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
      return { status: "failed", values: valuesOf(form), message: t("tooMany") }
    }
    // Medusa answers 201 "Created" as text, which the SDK cannot parse as JSON: that is success.
    if (!(error instanceof SyntaxError)) {
      console.error("password reset request failed", error)
    }
  }
  return { status: "done", message: t("resetSent", { email: input.data.email }) }
}

export async function resetPasswordAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = await parse(ResetPasswordInput, form)
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
    const t = await accountT(form)
    return { status: "failed", message: refusal(error, t, t("resetExpired")) }
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

/** The answer to a form of the account page whose session has ended meanwhile. */
async function signedOut(form: FormData): Promise<FormState> {
  return { status: "failed", message: (await accountT(form))("signedOut") }
}

/** A change to the signed-in shopper's account: made, then the account page shows it. */
async function changeAccount(
  form: FormData,
  change: () => Promise<unknown>,
  done: "detailsSaved" | "addressSaved"
): Promise<FormState> {
  if (!(await signedIn())) {
    return signedOut(form)
  }
  const t = await accountT(form)
  try {
    await change()
  } catch (error) {
    return { status: "failed", values: valuesOf(form), message: refusal(error, t, t("ourProblem")) }
  }
  revalidatePath("/[countryCode]/[lang]/account", "page")
  return { status: "done", message: t(done) }
}

export async function updateProfileAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = await parse(ProfileInput, form)
  if (!input.ok) {
    return input.state
  }
  const profile = { ...input.data, phone: input.data.phone || undefined }
  return changeAccount(form, async () => medusa().store.customer.update(profile, {}, await personal()), "detailsSaved")
}

export async function addAddressAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = await parse(AddressInput, form, "forms.errors")
  if (!input.ok) {
    return input.state
  }
  const { province, ...address } = input.data
  const saved = { ...address, province: medusaProvince(address.country_code, province) }
  return changeAccount(
    form,
    async () => medusa().store.customer.createAddress(saved, {}, await personal()),
    "addressSaved"
  )
}

export async function deleteAddressAction(form: FormData): Promise<void> {
  const id = String(form.get("address_id") ?? "")
  if (!/^caddr_\w+$/.test(id) || !(await signedIn())) {
    return
  }
  await medusa()
    .store.customer.deleteAddress(id, await personal())
    .catch((error) => console.error("address not deleted", error))
  revalidatePath("/[countryCode]/[lang]/account", "page")
}

/** Deletes the account after the password is confirmed; orders stay, as tax law requires. */
export async function deleteAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const input = await parse(DeleteAccountInput, form)
  if (!input.ok) {
    return input.state
  }
  const customer = await signedIn()
  if (!customer) {
    return signedOut(form)
  }
  const t = await accountT(form)
  try {
    await signIn(customer.email, input.data.password)
  } catch (error) {
    return {
      status: "failed",
      values: valuesOf(form),
      fieldErrors: { password: refusal(error, t, t("notYourPassword")) },
    }
  }
  try {
    await medusa().client.fetch("/store/customers/me", { method: "DELETE", headers: await personal() })
  } catch (error) {
    return { status: "failed", message: refusal(error, t, t("ourProblem")) }
  }
  await endSession()
  await clearCartId()
  redirect(`/${country(form)}?account=deleted`)
}
