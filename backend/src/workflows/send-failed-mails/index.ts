import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderMailsStep } from "../steps/load-order-mails"
import { sendMailsOnceStep } from "../steps/send-mails-once"
import { findFailedMailsStep } from "./steps/find-failed-mails"

/**
 * Sends the order e-mails that failed (SMTP down, recipient refused) again, rendered anew, under
 * their records and keys: what was sent in the meantime is not sent twice.
 */
export const sendFailedMailsWorkflow = createWorkflow("send-failed-mails", (input: { now: Date }) => {
  const requests = findFailedMailsStep(input.now)
  const mails = loadOrderMailsStep(requests)
  return new WorkflowResponse(sendMailsOnceStep(mails))
})
