import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderMailRequest } from "../../lib/mail/kinds"
import { loadOrderMailsStep } from "../steps/load-order-mails"
import { sendMailsOnceStep } from "../steps/send-mails-once"

/**
 * Any e-mail that follows an order (placed, shipped, delivered, canceled, refund issued, return
 * requested or received), through the Notification Module; its provider decides how it travels.
 * Each e-mail is sent once (idempotency key per e-mail); a failed send fails this workflow, not
 * the order or staff action that emitted the event.
 */
export const sendOrderMailWorkflow = createWorkflow("send-order-mail", (input: OrderMailRequest) => {
  const mails = loadOrderMailsStep(transform({ input }, ({ input }) => [input]))
  const sent = sendMailsOnceStep(mails)
  return new WorkflowResponse(sent)
})
