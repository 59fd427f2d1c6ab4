"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { getTranslations } from "next-intl/server"
import { formStore, storeAt } from "../i18n/form-store"
import { translateFieldErrors } from "../i18n/field-errors"
import { currentCustomer } from "../data/account"
import { CheckoutInput, fieldErrors, medusaProvince } from "../util/address"
import { applyCheckout, chooseShippingMethod, paymentChoiceFor } from "../checkout/cart"
import { completeCart, explainCheckoutError } from "../checkout/complete-order"
import { getCartId } from "../server/cookies"
import { links } from "../util/links"
import { regionForCountry } from "../data/regions"
import { medusa } from "../data/medusa"
import { personal } from "../server/session"
import type { HttpTypes } from "@medusajs/types"
import type { PaymentChoice } from "../checkout/payment"
import type { CheckoutFormState } from "./form-state"

type Saved =
  | { ok: true; cartId: string; payment: PaymentChoice; cart: HttpTypes.StoreCart }
  | { ok: false; state: CheckoutFormState }

/** What the Stripe half needs back from the checkout call: the session's client secret. */
const STRIPE_SESSION_FIELDS = "payment_collection.payment_sessions.provider_id,payment_collection.payment_sessions.data"

type CheckoutT = Awaited<ReturnType<typeof getTranslations<"checkout.actions">>>

/** The checkout's messages in the language of the store the form was posted from. */
async function checkoutT(form: FormData): Promise<CheckoutT> {
  return getTranslations({ locale: formStore(form, "store_country").locale, namespace: "checkout.actions" })
}

/**
 * Validates the form and writes contact, addresses and shipping method to the cart and opens a
 * payment session with the store's provider, in one backend call. Bad input comes back beside its field, before
 * anything is written; a failure later leaves the cart as it was, with its items.
 */
async function saveCheckout(form: FormData): Promise<Saved> {
  const t = await checkoutT(form)
  const values = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]))
  const parsed = CheckoutInput.safeParse(values)
  if (!parsed.success) {
    const errorsT = await getTranslations({
      locale: formStore(form, "store_country").locale,
      namespace: "forms.errors",
    })
    return {
      ok: false,
      state: {
        status: "invalid",
        fieldErrors: translateFieldErrors(fieldErrors(parsed.error), errorsT),
        values,
        message: t("checkFields"),
      },
    }
  }
  const cartId = await getCartId()
  if (!cartId) {
    return {
      ok: false,
      state: { status: "failed", values, message: t("expired") },
    }
  }
  const { shipping_option_id, email, province, ...address } = parsed.data
  const shippingAddress = { ...address, province: medusaProvince(address.country_code, province) }
  const region = await regionForCountry(shippingAddress.country_code)
  const payment = region ? await paymentChoiceFor(region.id) : ({ kind: "none" } as const)
  if (payment.kind === "none") {
    return { ok: false, state: { status: "failed", values, message: t("notConfigured") } }
  }
  try {
    // One call: address, shipping method and the payment session (opening it again after a
    // change replaces the previous one and its amount). Stripe's client secret comes back with it.
    const cart = await applyCheckout(
      cartId,
      {
        email,
        shipping_address: shippingAddress,
        billing_address: shippingAddress,
        shipping_option_id,
        provider_id: payment.providerId,
        // The refill-reminder box: the order inherits it; the backend schedules the reminder.
        refill_reminder: form.get("refill_reminder") === "on",
      },
      payment.kind === "stripe" ? `id,${STRIPE_SESSION_FIELDS}` : "id"
    )
    if (form.get("save_address") === "on") {
      await saveToAddressBook(shippingAddress)
    }
    return { ok: true, cartId, payment, cart }
  } catch (error) {
    return { ok: false, state: { status: "failed", values, message: t(explainCheckoutError(error)) } }
  }
}

/** A signed-in shopper's "save this address": added to their address book unless already there. */
async function saveToAddressBook(address: Record<string, string | undefined>) {
  const customer = await currentCustomer()
  if (!customer) {
    return
  }
  const same = customer.addresses.some(
    (saved) =>
      saved.address1 === address.address_1 &&
      saved.postalCode === address.postal_code &&
      saved.countryCode === address.country_code
  )
  if (!same) {
    await medusa()
      .store.customer.createAddress(address, {}, await personal())
      .catch((error) => console.error("address not saved to the address book", error))
  }
}

/** The system provider (no money taken, outside production): save, pay and place in one submit. */
export async function placeOrderAction(_previous: CheckoutFormState, form: FormData): Promise<CheckoutFormState> {
  const saved = await saveCheckout(form)
  if (!saved.ok) {
    return saved.state
  }
  const completion = await completeCart(saved.cartId)
  if (!completion.ok) {
    return {
      status: "failed",
      message: (await checkoutT(form))(completion.refusal),
      values: Object.fromEntries([...form].map(([k, v]) => [k, String(v)])),
    }
  }
  redirect(links.order(formStore(form, "store_country").path, completion.orderId))
}

/**
 * Stripe, first half: save the details and open a PaymentIntent through Medusa's Stripe
 * provider. The browser then confirms it with the Payment Element (card, wallet, or a redirect
 * to the bank) and, when no redirect was needed, calls `completeOrderAction`.
 */
export async function preparePaymentAction(form: FormData): Promise<CheckoutFormState> {
  const saved = await saveCheckout(form)
  if (!saved.ok) {
    return saved.state
  }
  const { payment, cart } = saved
  if (payment.kind !== "stripe") {
    return { status: "failed", message: (await checkoutT(form))("notConfigured") }
  }
  const session = cart.payment_collection?.payment_sessions?.find((s) => s.provider_id === payment.providerId)
  const clientSecret = session?.data?.client_secret
  if (typeof clientSecret !== "string") {
    return {
      status: "failed",
      message: (await checkoutT(form))(explainCheckoutError(new Error("Stripe session without a client secret"))),
    }
  }
  return { status: "done", clientSecret }
}

/** Stripe, second half: the payment is confirmed; place the order (exactly once) and show it. */
export async function completeOrderAction(storePath: string): Promise<CheckoutFormState> {
  const store = storeAt(storePath)
  const t = await getTranslations({ locale: store.locale, namespace: "checkout.actions" })
  const cartId = await getCartId()
  if (!cartId) {
    return { status: "failed", message: t("expired") }
  }
  const completion = await completeCart(cartId)
  if (!completion.ok) {
    return { status: "failed", message: t(completion.refusal) }
  }
  redirect(links.order(store.path, completion.orderId))
}

const Choices = z.object({
  shipping_option_id: z
    .string()
    .regex(/^so_\w+$/)
    .optional(),
  country_code: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  province: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .or(z.literal("")),
})

/**
 * A changed shipping method, country or US state, applied to the cart at once so the summary
 * and the button show the total the shopper will pay (shipping and tax depend on them). The
 * rest of the form is only written on submit.
 */
export async function updateCheckoutChoicesAction(form: FormData): Promise<{ message?: string }> {
  const parsed = Choices.safeParse({
    shipping_option_id: form.get("shipping_option_id") ?? undefined,
    country_code: form.get("country_code") ?? undefined,
    province: form.get("province") ?? undefined,
  })
  const cartId = await getCartId()
  const t = await checkoutT(form)
  if (!parsed.success || !cartId) {
    return { message: t("choiceNotApplied") }
  }
  const { shipping_option_id, country_code, province } = parsed.data
  try {
    if (country_code) {
      const shipping_address = { country_code, province: medusaProvince(country_code, province) }
      await medusa().store.cart.update(cartId, { shipping_address }, {}, await personal())
    }
    if (shipping_option_id) {
      await chooseShippingMethod(cartId, shipping_option_id)
    }
  } catch (error) {
    const refusal = explainCheckoutError(error)
    return { message: t(refusal === "refused" ? "choiceNotApplied" : refusal) }
  }
  revalidatePath("/[countryCode]/[lang]/checkout", "page")
  return {}
}
