import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { settlementFor } from "../../../lib/checkout/settle"

type Session = { id: string; created_at: string | Date }
type Payment = { id: string; canceled_at: string | Date | null }

/** Reads the cart, its order and its payment, and decides what settles the checkout. */
export const inspectCheckoutStep = createStep("inspect-checkout", async (cartId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "completed_at",
      "order.id",
      "order.status",
      "order.items.id",
      "payment_collection.id",
      "payment_collection.payment_sessions.id",
      "payment_collection.payment_sessions.created_at",
      "payment_collection.payments.id",
      "payment_collection.payments.canceled_at",
    ],
    filters: { id: cartId },
  })
  const cart = data[0]
  if (!cart) {
    return new StepResponse({
      settlement: { action: "none" as const },
      orderItemIds: [] as string[],
      paymentCollectionId: null as string | null,
    })
  }
  const collection = cart.payment_collection as
    { id: string; payment_sessions?: Session[]; payments?: Payment[] } | undefined
  const sessions = [...(collection?.payment_sessions ?? [])].sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )
  const payment = (collection?.payments ?? []).find((p) => !p.canceled_at)
  const order = cart.order as { id: string; status: string; items?: { id: string }[] } | null | undefined
  const settlement = settlementFor({
    cartId,
    completedAt: cart.completed_at ?? null,
    order: order ? { id: order.id, status: order.status } : null,
    authorizedPaymentId: payment?.id ?? null,
    sessionId: sessions[0]?.id ?? null,
  })
  return new StepResponse({
    settlement,
    orderItemIds: (order?.items ?? []).map((item) => item.id),
    paymentCollectionId: collection?.id ?? null,
  })
})
