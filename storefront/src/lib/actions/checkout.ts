"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { getTranslations } from "next-intl/server"
import { formStore, storeAt } from "../i18n/form-store"
import { translateFieldErrors } from "../i18n/field-errors"
import { OUR_PROBLEM, PAYMENT_REFUSED, SOLD_OUT } from "../checkout/errors"
import { currentCustomer } from "../data/account"
import { CheckoutInput, fieldErrors, medusaProvince } from "../util/address"
import { paymentChoiceFor } from "../checkout/cart"
import { completeCart, explainCheckoutError } from "../checkout/complete-order"
import { getCartId } from "../server/cookies"
import { links } from "../util/links"
import { medusa } from "../data/medusa"
import { personal } from "../server/session"
import type { PaymentChoice } from "../checkout/payment"
import type { CheckoutFormState } from "./form-state"

type Saved = { ok: true; cartId: string; payment: PaymentChoice } | { ok: false; state: CheckoutFormState }

type CheckoutT = Awaited<ReturnType<typeof getTranslations<"checkout.actions">>>

/** The checkout's messages in the language of the store the form was posted from. */
async function checkoutT(form: FormData): Promise<CheckoutT> {
  return getTranslations({ locale: formStore(form, "store_country").locale, namespace: "checkout.actions" })
}

/** The refusals lib/checkout/errors.ts words in English, in the shopper's language. */
function inWords(message: string, t: CheckoutT): string {
  if (message === PAYMENT_REFUSED) return t("paymentRefused")
  if (message === SOLD_OUT) return t("soldOut")
  if (message === OUR_PROBLEM) return t("ourProblem")
  return message
}

/**
 * Validates the form and writes contact, addresses and shipping method to the cart, then opens
 * a payment session with the store's provider. Bad input comes back beside its field, before
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
  try {
    await medusa().store.cart.update(
      cartId,
      { email, shipping_address: shippingAddress, billing_address: shippingAddress },
      {},
      await personal()
    )
    await medusa().store.cart.addShippingMethod(cartId, { option_id: shipping_option_id }, {}, await personal())
    const { cart } = await medusa().store.cart.retrieve(
      cartId,
      { fields: "id,region_id,*payment_collection" },
      await personal()
    )
    const payment = await paymentChoiceFor(cart.region_id!)
    if (payment.kind === "none") {
      return { ok: false, state: { status: "failed", values, message: t("notConfigured") } }
    }
    // Opening the session again after a change replaces the previous one (and its amount).
    await medusa().store.payment.initiatePaymentSession(cart, { provider_id: payment.providerId }, {}, await personal())
    if (form.get("save_address") === "on") {
      await saveToAddressBook(shippingAddress)
    }
    return { ok: true, cartId, payment }
  } catch (error) {
    return { ok: false, state: { status: "failed", values, message: inWords(explainCheckoutError(error), t) } }
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
      message: inWords(completion.message, await checkoutT(form)),
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
  const { payment } = saved
  if (payment.kind !== "stripe") {
    return { status: "failed", message: (await checkoutT(form))("notConfigured") }
  }
  const { cart } = await medusa().store.cart.retrieve(
    saved.cartId,
    { fields: "id,payment_collection.payment_sessions.provider_id,payment_collection.payment_sessions.data" },
    await personal()
  )
  const session = cart.payment_collection?.payment_sessions?.find((s) => s.provider_id === payment.providerId)
  const clientSecret = session?.data?.client_secret
  if (typeof clientSecret !== "string") {
    return {
      status: "failed",
      message: inWords(
        explainCheckoutError(new Error("Stripe session without a client secret")),
        await checkoutT(form)
      ),
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
    return { status: "failed", message: inWords(completion.message, t) }
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
      await medusa().store.cart.addShippingMethod(cartId, { option_id: shipping_option_id }, {}, await personal())
    }
  } catch (error) {
    return { message: inWords(explainCheckoutError(error), t) }
  }
  revalidatePath("/[countryCode]/[lang]/checkout", "page")
  return {}
}
