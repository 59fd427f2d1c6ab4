import { CartWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { keepsShippingMethod, methodIsOption, type CartShippingMethod } from "../apply-checkout-details/plan"
import { lockAndReadCheckoutCart, setShippingMethodAndRefresh } from "../apply-checkout-details/shipping-method"

export type ChooseShippingMethodInput = { cart_id: string; shipping_option_id: string }

/**
 * A shipping method chosen on the checkout page (the cheapest one preselected on the first visit,
 * or another the shopper picks), so its summary shows the total the shopper will pay. Medusa's
 * add-shipping-method workflow does the same and then refreshes the whole cart: it re-prices
 * every item and recomputes every tax line and the promotions, though a shipping method changes
 * none of them (146 statements for the storefront's first visit to checkout). Here the method is
 * priced and validated by the same core-flows steps as the one-call checkout's
 * (`setShippingMethodAndRefresh`), then its tax lines, the promotions when one can apply and the
 * payment collection when the cart has one. Its lock is the cart's, like Medusa's cart workflows.
 */
export const chooseShippingMethodWorkflow = createWorkflow(
  "choose-shipping-method",
  (input: ChooseShippingMethodInput) => {
    const cart = lockAndReadCheckoutCart(input.cart_id)
    setShippingMethodAndRefresh({
      choice: transform({ input, cart }, ({ input, cart }) => ({
        cart_id: input.cart_id,
        shipping_option_id: input.shipping_option_id,
        shipping_address: cart.shipping_address,
      })),
      cart,
      after: cart,
      // The address is the cart's own: its items' prices and tax lines stand, and the option the
      // cart's method already is (a second click on it) stands too.
      forceRefresh: transform({ cart }, () => false),
      // Nothing but the method is written: the cart as read serves the refresh.
      cartChanged: false,
      keepMethod: transform({ input, cart }, ({ input, cart }) =>
        keepsShippingMethod({
          methodIsOption: methodIsOption(cart.shipping_methods as CartShippingMethod[], input.shipping_option_id),
          change: "same",
        })
      ),
    })

    parallelize(
      emitEventStep({ eventName: CartWorkflowEvents.UPDATED, data: { id: input.cart_id } }),
      releaseLockStep({ key: input.cart_id })
    )
    return new WorkflowResponse(void 0)
  }
)
