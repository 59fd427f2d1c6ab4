import { REFILL_REMINDER_METADATA_KEY, type CheckoutAddress } from "@lacremeluxe/shared"
import { CartWorkflowEvents, PromotionActions } from "@medusajs/framework/utils"
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
  acquireLockStep,
  addShippingMethodToCartStep,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  emitEventStep,
  findOrCreateCustomerStep,
  listShippingOptionsForCartWithPricingWorkflow,
  prepareCartToUpdateStep,
  refreshCartShippingMethodsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  releaseLockStep,
  removeShippingMethodFromCartStep,
  updateCartPromotionsWorkflow,
  updateCartsStep,
  updateLineItemsStep,
  updateTaxLinesWorkflow,
  upsertTaxLinesWorkflow,
  useQueryGraphStep,
  validateAndReturnShippingMethodsDataStep,
  validateCartShippingOptionsPriceStep,
  validateCartShippingOptionsStep,
  validateCartStep,
} from "@medusajs/medusa/core-flows"
import { anyAutomaticPromotionStep } from "./steps/any-automatic-promotion"
import { checkProviderOfferedStep } from "./steps/check-provider-offered"
import { localityPricedStep } from "./steps/locality-priced"
import { cartFieldsForRefreshSteps, getVariantsAndItemsWithPrices } from "./core-flows-internals"
import {
  addressChange,
  cartHasPromotions,
  onlyMethodsJustAdded,
  shippingMethodInput,
  type PricedShippingOption,
} from "./plan"

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
    acquireLockStep({ key: input.cart_id, timeout: 5, ttl: 30 })
    const { data: cart } = useQueryGraphStep({
      entity: "cart",
      filters: { id: input.cart_id },
      fields: [
        "id",
        "email",
        "metadata",
        "customer_id",
        "sales_channel_id",
        "currency_code",
        "completed_at",
        "shipping_address.*",
        "region.*",
        "region.countries.*",
        "region.payment_providers.id",
        "shipping_methods.id",
        "shipping_methods.shipping_option.shipping_profile_id",
        "payment_collection.id",
      ],
      options: { throwIfKeyNotFound: true, isList: false },
    }).config({ name: "get-cart" })
    validateCartStep({ cart: cart as unknown as WorkflowData<CartDTO> })
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

    // The shipping method, priced for the new address, as add-shipping-method does it. Its input
    // depends on the update, so the cart is read only once the address is written.
    const listInput = transform({ input, updated }, ({ input }) => ({
      cart_id: input.cart_id,
      options: [{ id: input.shipping_option_id }],
      is_return: false,
    }))
    const shippingOptions = listShippingOptionsForCartWithPricingWorkflow.runAsStep({
      input: listInput,
    }) as unknown as PricedShippingOption[]
    validateCartShippingOptionsStep({
      option_ids: transform({ input }, ({ input }) => [input.shipping_option_id]),
      prefetched_shipping_options: shippingOptions,
    })
    validateCartShippingOptionsPriceStep({ shippingOptions })
    const methodData = validateAndReturnShippingMethodsDataStep(
      transform({ input, shippingOptions, cart }, ({ input, shippingOptions, cart }) => {
        const option = shippingOptions.find((o) => o.id === input.shipping_option_id)
        return [
          {
            id: input.shipping_option_id,
            provider_id: option?.provider_id ?? "",
            option_data: option?.data ?? {},
            method_data: {},
            context: { ...cart, shipping_address: input.shipping_address, from_location: option?.stock_location ?? {} },
          },
        ]
      }) as never
    )
    // The method it replaces: the cart's method of the same shipping profile (or of none).
    const replaced = transform({ input, shippingOptions, cart }, ({ input, shippingOptions, cart }) => {
      const profile = shippingOptions.find((o) => o.id === input.shipping_option_id)?.shipping_profile_id
      const methods = (cart.shipping_methods ?? []) as {
        id: string
        shipping_option?: { shipping_profile_id?: string }
      }[]
      return methods
        .filter((m) => !m.shipping_option?.shipping_profile_id || m.shipping_option.shipping_profile_id === profile)
        .map((m) => m.id)
    })
    const [, created] = parallelize(
      removeShippingMethodFromCartStep({ shipping_method_ids: replaced }),
      addShippingMethodToCartStep({
        shipping_methods: transform({ input, shippingOptions, methodData }, shippingMethodInput),
      })
    )

    // The rest of Medusa's refresh: the cart read once, its shipping methods re-priced only when
    // it has one other than the method just priced, tax lines, promotions, the payment collection.
    const { data: refreshed } = useQueryGraphStep({
      entity: "cart",
      fields: cartFieldsForRefreshSteps,
      filters: transform({ input, created }, ({ input }) => ({ id: input.cart_id })),
      options: { isList: false },
    }).config({ name: "refetch-cart" })
    const methodsPriced = transform({ refreshed, created }, ({ refreshed, created }) =>
      onlyMethodsJustAdded(refreshed.shipping_methods, created)
    )
    when("other-shipping-methods", { methodsPriced }, ({ methodsPriced }) => !methodsPriced).then(() => {
      refreshCartShippingMethodsWorkflow.runAsStep({ input: { cart: refreshed } })
    })
    when("address-changes-tax-lines", { forceRefresh }, ({ forceRefresh }) => forceRefresh).then(() => {
      // The cart just read, unless the shipping methods' refresh changed it (then Medusa's own read).
      updateTaxLinesWorkflow.runAsStep({
        input: transform({ input, refreshed, methodsPriced }, ({ input, refreshed, methodsPriced }) =>
          methodsPriced ? { cart_id: input.cart_id, cart: refreshed } : { cart_id: input.cart_id }
        ) as never,
      })
    })
    when("new-method-tax-lines", { forceRefresh }, ({ forceRefresh }) => !forceRefresh).then(() => {
      upsertTaxLinesWorkflow.runAsStep({
        input: transform({ refreshed, created }, ({ refreshed, created }) => ({
          cart: refreshed,
          items: [],
          shipping_methods: created,
        })) as never,
      })
    })
    // Promotions, recomputed by Medusa (reading the cart again, after its tax lines), unless
    // nothing can come of it: a cart without codes or adjustments in a store without an active
    // automatic promotion (the usual checkout: a whole nested workflow and 24 statements saved).
    const automaticPromotion = anyAutomaticPromotionStep()
    when(
      "promotions-may-apply",
      { refreshed, automaticPromotion },
      ({ refreshed, automaticPromotion }) => automaticPromotion || cartHasPromotions(refreshed)
    ).then(() => {
      updateCartPromotionsWorkflow.runAsStep({
        input: {
          cart_id: input.cart_id,
          promo_codes: transform({ refreshed }, ({ refreshed }) =>
            ((refreshed.promotions ?? []) as ({ code?: string | null } | null)[])
              .map((promotion) => promotion?.code)
              .filter((code): code is string => !!code)
          ),
          action: PromotionActions.REPLACE,
          force_refresh_payment_collection: false,
        },
      })
    })

    // Payment: the cart's collection brought to the new total, or created for it, then a session.
    // (Medusa's refresh does nothing for a cart without a collection; it is not started for one.)
    when("cart-with-payment-collection", { cart }, ({ cart }) => !!cart.payment_collection).then(() => {
      refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart: refreshed } as never })
    })
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
