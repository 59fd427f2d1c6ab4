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
import {
  cartHasPromotions,
  onlyMethodsJustAdded,
  refreshReadsCart,
  shippingMethodInput,
  type PricedShippingOption,
} from "./plan"

/**
 * What the checkout's workflows read of the cart before they change it (their "get-cart"): enough
 * to validate it, to decide what the refresh must do, and, when nothing else has changed it, to
 * compute a new shipping method's tax lines without reading it again (Medusa's tax context: the
 * address, the customer and their groups, the locale, the region's automatic taxes).
 */
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
  "locale",
  "customer.id",
  "customer.email",
  "customer.metadata",
  "customer.groups.id",
  "promotions.code",
  "shipping_methods.id",
  "shipping_methods.name",
  "shipping_methods.amount",
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
  promotions?: ({ code?: string | null } | null)[] | null
  shipping_methods?: ({ id: string } | null)[] | null
  payment_collection?: { id: string } | null
}

/** The methods a new one was added beside (those it did not replace) and the one added. */
type AddedMethod = { created: { id: string }[]; others: { id: string }[] }

/**
 * Composition (called inside a workflow's constructor): the chosen shipping option priced for the
 * cart and made its method, as Medusa's add-shipping-method does it, then the rest of Medusa's
 * cart refresh once: its other shipping methods re-priced only when it has one besides the method
 * just priced, tax lines (the whole cart's when `forceRefresh`, the new method's otherwise),
 * promotions when one can apply, and the payment collection, when the cart has one, brought to
 * the new total. Used by the one-call checkout and by the shipping-method choice on the checkout
 * page (`chooseShippingMethodWorkflow`), so both price a method alike.
 *
 * The refresh reads the whole cart again only when it needs to (`refreshReadsCart`); otherwise
 * the new method's tax lines are computed from the cart as first read (CHECKOUT_CART_FIELDS)
 * with its methods as they now are. `cartChanged`: the workflow has written the cart's address or
 * customer since it read it (the checkout), so that read no longer describes it.
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
  cartChanged,
}: {
  choice: ShippingChoice | WorkflowData<ShippingChoice>
  /** The cart as read with CHECKOUT_CART_FIELDS (Query's graph type, or its proxy). */
  cart: object
  after: unknown
  forceRefresh: WorkflowData<boolean>
  keepMethod: WorkflowData<boolean>
  cartChanged: boolean
}) {
  const cart = read as WorkflowData<CheckoutCart>
  const added = when("new-shipping-method", { keepMethod }, ({ keepMethod }) => !keepMethod).then(() =>
    priceAndAddShippingMethod({ choice, cart, after })
  ) as WorkflowData<AddedMethod | undefined>
  const automaticPromotion = anyAutomaticPromotionStep()

  // The cart read again for the refresh, when the first read no longer tells what it needs.
  const readsCart = transform(
    { cart, added, keepMethod, forceRefresh, automaticPromotion },
    ({ cart, added, keepMethod, forceRefresh, automaticPromotion }) =>
      refreshReadsCart({
        cart,
        cartChanged,
        keepMethod,
        forceRefresh,
        otherMethods: added?.others.length ?? 0,
        automaticPromotion,
      })
  )
  const refreshed = when("refresh-reads-cart", { readsCart }, ({ readsCart }) => readsCart).then(() => {
    const { data } = useQueryGraphStep({
      entity: "cart",
      fields: cartFieldsForRefreshSteps,
      filters: transform({ choice, added, after }, ({ choice }) => ({ id: choice.cart_id })),
      options: { isList: false },
    }).config({ name: "refetch-cart" })
    return data
  })
  // Without a new read, no other method is left (`refreshReadsCart`): the methods are priced.
  const methodsPriced = transform({ refreshed, added, keepMethod }, ({ refreshed, added, keepMethod }) =>
    keepMethod || !refreshed ? true : onlyMethodsJustAdded(refreshed.shipping_methods, added?.created)
  )
  when("other-shipping-methods", { methodsPriced }, ({ methodsPriced }) => !methodsPriced).then(() => {
    refreshCartShippingMethodsWorkflow.runAsStep({ input: { cart: refreshed } as never })
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
      input: transform({ refreshed, cart, added }, ({ refreshed, cart, added }) => ({
        // The first read with the methods as they are now, when nothing else changed the cart.
        cart: refreshed ?? { ...cart, shipping_methods: [...(added?.others ?? []), ...(added?.created ?? [])] },
        items: [],
        shipping_methods: added?.created,
      })) as never,
    })
  })
  // Promotions, recomputed by Medusa (reading the cart again, after its tax lines), unless
  // nothing can come of it: a cart without codes or adjustments in a store without an active
  // automatic promotion (the usual checkout: a whole nested workflow and 24 statements saved).
  // When one can, the cart has been read again above.
  when(
    "promotions-may-apply",
    { refreshed, cart, automaticPromotion },
    ({ refreshed, cart, automaticPromotion }) => automaticPromotion || cartHasPromotions(refreshed ?? cart)
  ).then(() => {
    updateCartPromotionsWorkflow.runAsStep({
      input: {
        cart_id: choice.cart_id,
        promo_codes: transform({ refreshed }, ({ refreshed }) =>
          ((refreshed?.promotions ?? []) as ({ code?: string | null } | null)[])
            .map((promotion) => promotion?.code)
            .filter((code): code is string => !!code)
        ),
        action: PromotionActions.REPLACE,
        force_refresh_payment_collection: false,
      },
    })
  })

  // The cart's payment collection brought to the new total. (Medusa's refresh does nothing for a
  // cart without a collection; it is not started for one.) The cart has been read again above.
  when("cart-with-payment-collection", { cart }, ({ cart }) => !!cart.payment_collection).then(() => {
    refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart: refreshed } as never })
  })
  return { refreshed }
}

/**
 * Composition: the chosen option listed with its price for the cart, validated, and added as the
 * cart's method in place of its method of the same shipping profile, as Medusa's
 * add-shipping-method does it. Answers the method added and the cart's methods it did not replace.
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
  return transform({ cart, replaced, created }, ({ cart, replaced, created }): AddedMethod => ({
    created: created as { id: string }[],
    others: (cart.shipping_methods ?? []).filter(
      (method): method is { id: string } => !!method && !replaced.includes(method.id)
    ),
  }))
}
