import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { renderOrderMailStep } from "./steps/render-order-mail"

export const ORDER_PLACED_TEMPLATE = "order-placed"

/** The order-placed e-mail through the Notification Module (its provider decides how it travels). */
export const sendOrderConfirmationWorkflow = createWorkflow(
  "send-order-confirmation",
  (input: { order_id: string }) => {
    const mail = renderOrderMailStep(input.order_id)
    when({ mail }, ({ mail }) => Boolean(mail)).then(() => {
      sendNotificationsStep(
        transform({ mail }, ({ mail }) => [
          {
            to: mail!.to,
            channel: "email",
            template: ORDER_PLACED_TEMPLATE,
            data: { order_id: mail!.orderId },
            content: { subject: mail!.subject, text: mail!.text, html: mail!.html },
          },
        ])
      )
    })
    return new WorkflowResponse(mail)
  }
)
