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
  acquireLockStep,
  addShippingMethodToCartStep,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  emitEventStep,
  findOrCreateCustomerStep,
  listShippingOptionsForCartWithPricingWorkflow,
  prepareCartToUpdateStep,
  refreshCartItemsWorkflow,
  releaseLockStep,
  removeShippingMethodFromCartStep,
  updateCartsStep,
  useQueryGraphStep,
  validateAndReturnShippingMethodsDataStep,
  validateCartShippingOptionsPriceStep,
  validateCartShippingOptionsStep,
  validateCartStep,
} from "@medusajs/medusa/core-flows"
import { checkProviderOfferedStep } from "./steps/check-provider-offered"
import { addressChangesTax, shippingMethodInput, type PricedShippingOption } from "./plan"

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
 * (priced and validated as add-shipping-method does), then ONE refresh of the cart (prices when
 * the address changed, taxes, promotions, the payment collection's amount) instead of one per
 * call, then the payment collection and a session with the chosen provider. Each step undoes
 * itself when a later one fails, so a refused checkout leaves the cart as it was.
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

    // One refresh of the cart for everything above.
    refreshCartItemsWorkflow.runAsStep({
      input: transform({ input, cart, created }, ({ input, cart, created }) => ({
        cart_id: input.cart_id,
        shipping_methods: created,
        force_refresh: addressChangesTax(cart.shipping_address, input.shipping_address),
      })),
    })

    // Payment: the cart's collection (created once, for the refreshed total), then a session.
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
