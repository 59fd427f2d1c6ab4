import { REFILL_REMINDER_METADATA_KEY, type CheckoutAddress } from "@lacremeluxe/shared"
import { CartWorkflowEvents } from "@medusajs/framework/utils"
import type { CartDTO } from "@medusajs/framework/types"
import {
  createWorkflow,
  parallelize,
  transform,
  when,
  WorkflowResponse,
  type WorkflowData,
} from "@medusajs/framework/workflows-sdk"
import {
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  emitEventStep,
  findOrCreateCustomerStep,
  prepareCartToUpdateStep,
  releaseLockStep,
  updateCartsStep,
  updateLineItemsStep,
  useQueryGraphStep,
  validateCartStep,
} from "@medusajs/medusa/core-flows"
import { checkProviderOfferedStep } from "./steps/check-provider-offered"
import { localityPricedStep } from "./steps/locality-priced"
import { localityShippedStep } from "./steps/locality-shipped"
import { cartFieldsForRefreshSteps, getVariantsAndItemsWithPrices } from "./core-flows-internals"
import { addressChange, keepsShippingMethod, methodIsOption, type CartShippingMethod } from "./plan"
import { lockAndReadCheckoutCart, setShippingMethodAndRefresh } from "./shipping-method"

export type ApplyCheckoutDetailsInput = {
  cart_id: string
  email: string
  shipping_address: CheckoutAddress
  billing_address: CheckoutAddress
  shipping_option_id: string
  provider_id: string
  refill_reminder?: boolean
  /** The signed-in shopper (their payment account holder), as Medusa's payment-session route passes. */
  customer_id?: string
}

/**
 * The checkout form in one workflow, from Medusa's own steps: e-mail and addresses (Medusa's
 * update-cart preparation, which also finds or creates the guest customer), the shipping method
 * (priced and validated as add-shipping-method does), then ONE refresh of the cart instead of one
 * per call, then the payment collection and a session with the chosen provider. Each step undoes
 * itself when a later one fails, so a refused checkout leaves the cart as it was.
 *
 * The refresh is Medusa's `refreshCartItemsWorkflow` (core-flows 2.21.2) taken apart, in its
 * order, with these differences: the items are repriced (when the address changes prices) before
 * the shipping option is priced rather than after, so the one pricing of the option sees the
 * items' new prices; a new postal code or city alone re-prices and re-taxes the cart only in a
 * store that prices or taxes by them (Medusa's update-cart always does); Medusa's re-pricing of the cart's shipping methods
 * (`refreshCartShippingMethodsWorkflow`) runs only when the cart has a method other than the one
 * just priced; the tax lines are computed from the cart the refresh has just read when nothing
 * changed it since; the promotions are recomputed only when the cart carries one or the store has
 * an active automatic promotion, and the payment collection refreshed only when the cart has one
 * (otherwise each would run a nested workflow to change nothing). Its lock is this workflow's own.
 */
export const applyCheckoutDetailsWorkflow = createWorkflow(
  "apply-checkout-details",
  (input: ApplyCheckoutDetailsInput) => {
    const cart = lockAndReadCheckoutCart(input.cart_id)
    checkProviderOfferedStep({ provider_id: input.provider_id, region: cart.region })

    // E-mail and addresses, as Medusa's update-cart workflow prepares them.
    const customer = findOrCreateCustomerStep({ customerId: cart.customer_id, email: input.email })
    const cartInput = prepareCartToUpdateStep({
      input: transform({ input, cart }, ({ input, cart }) => ({
        id: input.cart_id,
        email: input.email,
        shipping_address: input.shipping_address,
        billing_address: input.billing_address,
        metadata: { ...(cart.metadata ?? {}), [REFILL_REMINDER_METADATA_KEY]: input.refill_reminder === true },
      })),
      region: cart.region,
      customer,
      salesChannel: null,
      cartToUpdate: cart,
    })
    const updated = updateCartsStep([cartInput])

    // Prices, when the new address changes them (the first part of Medusa's refresh), before the
    // shipping option is priced: its price may depend on the items' total. A new country or
    // province always re-prices and re-taxes (as Medusa's update-cart); a new postal code or city
    // only where the store prices or taxes by them (the usual checkout: a cart opened in the
    // shopper's country gets its street address).
    const change = transform({ input, cart }, ({ input, cart }) =>
      addressChange(cart.shipping_address, input.shipping_address)
    )
    const localityPriced = when("locality-changes", { change }, ({ change }) => change === "locality").then(() =>
      localityPricedStep({ country_code: input.shipping_address.country_code })
    )
    const forceRefresh = transform(
      { change, localityPriced },
      ({ change, localityPriced }) => change === "country-or-province" || (change === "locality" && !!localityPriced)
    )
    when("address-changes-prices", { forceRefresh }, ({ forceRefresh }) => forceRefresh).then(() => {
      const { data: toPrice } = useQueryGraphStep({
        entity: "cart",
        fields: cartFieldsForRefreshSteps,
        filters: transform({ input, updated }, ({ input }) => ({ id: input.cart_id })),
        options: { isList: false },
      }).config({ name: "get-cart-to-price" })
      validateCartStep({ cart: toPrice as unknown as WorkflowData<CartDTO> }).config({ name: "validate-cart-to-price" })
      const { lineItems } = getVariantsAndItemsWithPrices.runAsStep({ input: { cart: toPrice } })
      updateLineItemsStep({ id: input.cart_id, items: lineItems })
    })

    // The shipping method: the one the checkout page chose is kept when it is the shopper's
    // choice and the street address changes nothing it depends on; otherwise it is priced for the
    // new address (its input depends on the update, so the cart is read once the address is
    // written). Then the rest of Medusa's refresh, once.
    const isOption = transform({ input, cart }, ({ input, cart }) =>
      methodIsOption(cart.shipping_methods as CartShippingMethod[], input.shipping_option_id)
    )
    const localityShipped = when(
      "locality-changes-kept-method",
      { change, isOption },
      ({ change, isOption }) => change === "locality" && isOption
    ).then(() => localityShippedStep({ country_code: input.shipping_address.country_code }))
    const keepMethod = transform(
      { change, isOption, localityPriced, localityShipped },
      ({ change, isOption, localityPriced, localityShipped }) =>
        keepsShippingMethod({ methodIsOption: isOption, change, localityPriced, localityShipped })
    )
    setShippingMethodAndRefresh({
      choice: input,
      cart,
      after: updated,
      forceRefresh,
      keepMethod,
      // The e-mail, addresses and customer were written above.
      cartChanged: true,
    })

    // Payment: a collection for a cart without one (Medusa's refresh above brought an existing one
    // to the new total), then a session with the chosen provider.
    const newCollection = when(
      "cart-without-payment-collection",
      { cart },
      ({ cart }) => !cart.payment_collection
    ).then(() => createPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } }))
    const paymentCollectionId = transform(
      { cart, newCollection },
      ({ cart, newCollection }) => (newCollection?.id ?? cart.payment_collection?.id) as string
    )
    const session = createPaymentSessionsWorkflow.runAsStep({
      input: {
        payment_collection_id: paymentCollectionId,
        provider_id: input.provider_id,
        customer_id: input.customer_id,
      },
    })

    parallelize(
      emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } }),
      releaseLockStep({ key: input.cart_id })
    )
    return new WorkflowResponse({ payment_collection_id: paymentCollectionId, payment_session_id: session.id })
  }
)
