import type { CartDTO } from "@medusajs/framework/types"
import { PromotionActions } from "@medusajs/framework/utils"
import { parallelize, transform, when, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  addShippingMethodToCartStep,
  listShippingOptionsForCartWithPricingWorkflow,
  refreshCartShippingMethodsWorkflow,
  refreshPaymentCollectionForCartWorkflow,
  removeShippingMethodFromCartStep,
  updateCartPromotionsWorkflow,
  updateTaxLinesWorkflow,
  upsertTaxLinesWorkflow,
  useQueryGraphStep,
  validateAndReturnShippingMethodsDataStep,
  validateCartShippingOptionsPriceStep,
  validateCartShippingOptionsStep,
  validateCartStep,
} from "@medusajs/medusa/core-flows"
import { anyAutomaticPromotionStep } from "./steps/any-automatic-promotion"
import { cartFieldsForRefreshSteps } from "./core-flows-internals"
import { cartHasPromotions, onlyMethodsJustAdded, shippingMethodInput, type PricedShippingOption } from "./plan"

/** What the checkout's workflows read of the cart before they change it (their "get-cart"). */
export const CHECKOUT_CART_FIELDS = [
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
  "shipping_methods.shipping_option_id",
  "shipping_methods.shipping_option.shipping_profile_id",
  "shipping_methods.shipping_option.price_type",
  "shipping_methods.shipping_option.provider_id",
  "payment_collection.id",
]

/**
 * Composition: the cart's lock (Medusa's, as its cart workflows take it), then the cart read with
 * CHECKOUT_CART_FIELDS and validated (it exists and is not completed). The workflow releases the
 * lock at its end; a failure releases it through the step's compensation.
 */
export function lockAndReadCheckoutCart(cartId: string) {
  acquireLockStep({ key: cartId, timeout: 5, ttl: 30 })
  const { data: cart } = useQueryGraphStep({
    entity: "cart",
    filters: { id: cartId },
    fields: CHECKOUT_CART_FIELDS,
    options: { throwIfKeyNotFound: true, isList: false },
  }).config({ name: "get-cart" })
  validateCartStep({ cart: cart as unknown as WorkflowData<CartDTO> })
  return cart
}

type ShippingChoice = { cart_id: string; shipping_option_id: string; shipping_address?: object | null }

type CheckoutCart = {
  metadata?: Record<string, unknown> | null
  shipping_methods?: unknown[] | null
  payment_collection?: { id: string } | null
}

/**
 * Composition (called inside a workflow's constructor): the chosen shipping option priced for the
 * cart and made its method, as Medusa's add-shipping-method does it, then the rest of Medusa's
 * cart refresh once: the cart read once, its other shipping methods re-priced only when it has
 * one besides the method just priced, tax lines (the whole cart's when `forceRefresh`, the new
 * method's otherwise), promotions when one can apply, and the payment collection, when the cart
 * has one, brought to the new total. Used by the one-call checkout and by the shipping-method
 * choice on the checkout page (`chooseShippingMethodWorkflow`), so both price a method alike.
 *
 * `choice.shipping_address` is the address the method is for; `after` is what the listing waits
 * for (the checkout's address update: the option is priced for the cart as written). With
 * `keepMethod` (`keepsShippingMethod`: the cart's method is this option and the address changed
 * nothing it depends on) the method stands as it is, with its price and tax lines, and only the
 * rest of the refresh runs.
 */
export function setShippingMethodAndRefresh({
  choice,
  cart: read,
  after,
  forceRefresh,
  keepMethod,
}: {
  choice: ShippingChoice | WorkflowData<ShippingChoice>
  /** The cart as read with CHECKOUT_CART_FIELDS (Query's graph type, or its proxy). */
  cart: object
  after: unknown
  forceRefresh: WorkflowData<boolean>
  keepMethod: WorkflowData<boolean>
}) {
  const cart = read as WorkflowData<CheckoutCart>
  const created = when("new-shipping-method", { keepMethod }, ({ keepMethod }) => !keepMethod).then(() =>
    priceAndAddShippingMethod({ choice, cart, after })
  )

  // The rest of Medusa's refresh: the cart read once, its shipping methods re-priced only when it
  // has one other than the method just priced or kept, tax lines, promotions, the payment collection.
  const { data: refreshed } = useQueryGraphStep({
    entity: "cart",
    fields: cartFieldsForRefreshSteps,
    filters: transform({ choice, created, after }, ({ choice }) => ({ id: choice.cart_id })),
    options: { isList: false },
  }).config({ name: "refetch-cart" })
  const methodsPriced = transform({ refreshed, created, keepMethod }, ({ refreshed, created, keepMethod }) =>
    keepMethod ? true : onlyMethodsJustAdded(refreshed.shipping_methods, created)
  )
  when("other-shipping-methods", { methodsPriced }, ({ methodsPriced }) => !methodsPriced).then(() => {
    refreshCartShippingMethodsWorkflow.runAsStep({ input: { cart: refreshed } })
  })
  when("address-changes-tax-lines", { forceRefresh }, ({ forceRefresh }) => forceRefresh).then(() => {
    // The cart just read, unless the shipping methods' refresh changed it (then Medusa's own read).
    updateTaxLinesWorkflow.runAsStep({
      input: transform({ choice, refreshed, methodsPriced }, ({ choice, refreshed, methodsPriced }) =>
        methodsPriced ? { cart_id: choice.cart_id, cart: refreshed } : { cart_id: choice.cart_id }
      ) as never,
    })
  })
  when(
    "new-method-tax-lines",
    { forceRefresh, keepMethod },
    ({ forceRefresh, keepMethod }) => !forceRefresh && !keepMethod
  ).then(() => {
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
        cart_id: choice.cart_id,
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

  // The cart's payment collection brought to the new total. (Medusa's refresh does nothing for a
  // cart without a collection; it is not started for one.)
  when("cart-with-payment-collection", { cart }, ({ cart }) => !!cart.payment_collection).then(() => {
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart: refreshed } as never })
  })
  return { refreshed }
}

/**
 * Composition: the chosen option listed with its price for the cart, validated, and added as the
 * cart's method in place of its method of the same shipping profile, as Medusa's
 * add-shipping-method does it. Answers the methods added.
 */
function priceAndAddShippingMethod({
  choice,
  cart,
  after,
}: {
  choice: ShippingChoice | WorkflowData<ShippingChoice>
  cart: WorkflowData<CheckoutCart>
  after: unknown
}) {
  const listInput = transform({ choice, after }, ({ choice }) => ({
    cart_id: choice.cart_id,
    options: [{ id: choice.shipping_option_id }],
    is_return: false,
  }))
  const shippingOptions = listShippingOptionsForCartWithPricingWorkflow.runAsStep({
    input: listInput,
  }) as unknown as PricedShippingOption[]
  validateCartShippingOptionsStep({
    option_ids: transform({ choice }, ({ choice }) => [choice.shipping_option_id]),
    prefetched_shipping_options: shippingOptions,
  })
  validateCartShippingOptionsPriceStep({ shippingOptions })
  const methodData = validateAndReturnShippingMethodsDataStep(
    transform({ choice, shippingOptions, cart }, ({ choice, shippingOptions, cart }) => {
      const option = shippingOptions.find((o) => o.id === choice.shipping_option_id)
      return [
        {
          id: choice.shipping_option_id,
          provider_id: option?.provider_id ?? "",
          option_data: option?.data ?? {},
          method_data: {},
          context: { ...cart, shipping_address: choice.shipping_address, from_location: option?.stock_location ?? {} },
        },
      ]
    }) as never
  )
  // The method it replaces: the cart's method of the same shipping profile (or of none).
  const replaced = transform({ choice, shippingOptions, cart }, ({ choice, shippingOptions, cart }) => {
    const profile = shippingOptions.find((o) => o.id === choice.shipping_option_id)?.shipping_profile_id
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
      shipping_methods: transform({ choice, shippingOptions, methodData }, ({ choice, shippingOptions, methodData }) =>
        shippingMethodInput({ input: choice, shippingOptions, methodData })
      ),
    })
  )
  return created
}
