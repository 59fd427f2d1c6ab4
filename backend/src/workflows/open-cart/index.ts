import type { CreateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { CartWorkflowEvents, deduplicate } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  confirmVariantInventoryWorkflow,
  createCartsStep,
  emitEventStep,
  findOneOrAnyRegionStep,
  findOrCreateCustomerStep,
  findSalesChannelStep,
  getTranslatedLineItemsStep,
  prepareCartToCreateStep,
  updateCartPromotionsWorkflow,
  updateTaxLinesWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  getVariantsAndItemsWithPrices,
  productVariantsFields,
  requiredVariantFieldsForInventoryConfirmation,
  validateSalesChannelStep,
} from "../apply-checkout-details/core-flows-internals"
import { anyAutomaticPromotionStep } from "../apply-checkout-details/steps/any-automatic-promotion"

/**
 * A new cart with its first items (the storefront's add-to-cart and "shop this step" without an
 * open cart), as Medusa's `createCartWorkflow` (core-flows 2.21.2) makes it, from its own steps in
 * its order: the sales channel, region and customer; the items priced, their stock confirmed and
 * their titles translated into the cart's locale; the cart created; its tax lines. Two parts of
 * Medusa's workflow are left out where they cannot change anything (issue 14: ~22 of the cart's
 * 83 statements):
 *
 * - the promotions' refresh, unless the body names a code or the store has an active automatic
 *   promotion: a new cart carries no promotion, so without one the refresh reads the whole cart to
 *   write nothing;
 * - the payment collection's refresh: a new cart has none (Medusa's refresh returns at once).
 *
 * Medusa's `createCartWorkflow` hooks (`setPricingContext`, `validate`, `cartCreated`) are not
 * offered here; this store uses none of them. A hook added to that workflow must be added here.
 */
export const openCartWorkflow = createWorkflow("open-cart", (input: CreateCartWorkflowInputDTO) => {
  const variantIds = transform({ input }, ({ input }) =>
    (input.items ?? []).map((item) => item.variant_id).filter((id): id is string => !!id)
  )
  const [salesChannel, region, customerData] = parallelize(
    findSalesChannelStep({ salesChannelId: input.sales_channel_id }),
    findOneOrAnyRegionStep({ regionId: input.region_id }),
    findOrCreateCustomerStep({ customerId: input.customer_id, email: input.email })
  )
  validateSalesChannelStep({ salesChannel })

  const { variants, lineItems } = getVariantsAndItemsWithPrices.runAsStep({
    input: transform({ input, region, customerData, variantIds }, ({ input, region, customerData, variantIds }) => ({
      cart: {
        currency_code: input.currency_code,
        region,
        region_id: region?.id,
        customer_id: customerData.customer?.id,
        customer: customerData.customer ?? undefined,
      },
      items: input.items,
      variants: {
        id: variantIds,
        fields: deduplicate([...productVariantsFields, ...requiredVariantFieldsForInventoryConfirmation]),
      },
    })),
  })
  confirmVariantInventoryWorkflow.runAsStep({
    input: { sales_channel_id: salesChannel.id, variants, items: input.items } as never,
  })

  const cartInput = prepareCartToCreateStep({ input, region, customerData, salesChannel })
  const items = getTranslatedLineItemsStep({
    items: transform({ lineItems }, ({ lineItems }) => lineItems.map((line) => line.data)),
    variants,
    locale: input.locale,
  })
  const carts = createCartsStep([
    transform({ cartInput, items }, ({ cartInput, items }) => ({ ...cartInput, items })) as never,
  ])
  const cart = transform({ carts }, ({ carts }) => carts[0])

  updateTaxLinesWorkflow.runAsStep({ input: { cart_id: cart.id } })
  const automaticPromotion = anyAutomaticPromotionStep()
  when(
    "promotions-may-apply",
    { input, automaticPromotion },
    ({ input, automaticPromotion }) => automaticPromotion || !!input.promo_codes?.length
  ).then(() => {
    updateCartPromotionsWorkflow.runAsStep({
      input: { cart_id: cart.id, promo_codes: input.promo_codes, force_refresh_payment_collection: false },
    })
  })
  emitEventStep({ eventName: CartWorkflowEvents.CREATED, data: { id: cart.id } })
  return new WorkflowResponse(cart)
})
