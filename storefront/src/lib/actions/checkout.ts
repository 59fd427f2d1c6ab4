"use server"

import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "next/navigation"
import { CheckoutInput, fieldErrors, type FieldErrors } from "../address"
import { getCartId, rememberPlacedOrder } from "../cookies"
import { isStoreCountry } from "../countries"
import { medusa } from "../medusa"

export type PlaceOrderState = {
  status: "idle" | "invalid" | "failed"
  message?: string
  errors?: FieldErrors
  values?: Record<string, string>
}

const SYSTEM_PROVIDER = "pp_system_default"

function explain(error: unknown): string {
  if (error instanceof FetchError && error.status && error.status < 500) {
    return /inventory|stock/i.test(error.message)
      ? "Something in your cart has just sold out. Your cart is unchanged; please review it."
      : error.message
  }
  console.error("checkout failed", error)
  return "We could not place your order because of a problem on our side. Your cart is safe; please try again."
}

/**
 * Places the order in one submit: contact and address, shipping method, payment, completion.
 * Bad input comes back beside its field; any failure leaves the cart as it was.
 */
export async function placeOrderAction(_previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  const values = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]))
  const parsed = CheckoutInput.safeParse(values)
  if (!parsed.success) {
    return { status: "invalid", errors: fieldErrors(parsed.error), values, message: "Please check the highlighted fields." }
  }
  const cartId = await getCartId()
  if (!cartId) {
    return { status: "failed", values, message: "Your cart has expired. Please add your products again." }
  }
  const { shipping_option_id, email, province, ...address } = parsed.data
  const shippingAddress = {
    ...address,
    province: address.country_code === "us" && province ? `us-${province.toLowerCase()}` : undefined,
  }
  let orderId: string
  try {
    await medusa().store.cart.update(cartId, { email, shipping_address: shippingAddress, billing_address: shippingAddress }, {})
    await medusa().store.cart.addShippingMethod(cartId, { option_id: shipping_option_id }, {})
    const { cart } = await medusa().store.cart.retrieve(cartId, { fields: "id,region_id,*payment_collection" }, {})
    const { payment_providers } = await medusa().store.payment.listPaymentProviders({ region_id: cart.region_id! }, {})
    if (!payment_providers.some((provider) => provider.id === SYSTEM_PROVIDER)) {
      return { status: "failed", values, message: "Payment is not configured for this store yet. Your cart is saved." }
    }
    await medusa().store.payment.initiatePaymentSession(cart, { provider_id: SYSTEM_PROVIDER }, {})
    const result = await medusa().store.cart.complete(cartId, {}, {})
    if (result.type !== "order") {
      return { status: "failed", values, message: explain(new FetchError(result.error?.message ?? "", "", 400)) }
    }
    orderId = result.order.id
  } catch (error) {
    return { status: "failed", values, message: explain(error) }
  }
  await rememberPlacedOrder(orderId)
  const store = String(form.get("store_country") ?? "")
  redirect(`/${isStoreCountry(store) ? store : "de"}/order/${orderId}`)
}
