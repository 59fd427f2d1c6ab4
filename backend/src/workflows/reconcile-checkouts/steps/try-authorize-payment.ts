import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Authorises the payment session an interrupted completion never reached (idempotent in the
 * Payment Module). A refusal is an answer, not an error: the order is then released.
 * Compensation cancels a payment authorised here.
 */
export const tryAuthorizePaymentStep = createStep(
  "try-authorize-payment",
  async (sessionId: string, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    try {
      const payment = await payments.authorizePaymentSession(sessionId, {})
      if (payment?.id) {
        return new StepResponse({ authorized: true }, payment.id)
      }
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`reconcile-checkouts: payment session ${sessionId} was not authorised: ${(error as Error).message}`)
    }
    return new StepResponse({ authorized: false }, "")
  },
  async (paymentId: string | undefined, { container }) => {
    if (paymentId) {
      await container.resolve(Modules.PAYMENT).cancelPayment(paymentId)
    }
  }
)
