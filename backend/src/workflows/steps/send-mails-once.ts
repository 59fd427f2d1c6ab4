import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules, NotificationStatus } from "@medusajs/framework/utils"
import type { CreateNotificationDTO } from "@medusajs/framework/types"
import type { OutgoingMail } from "../../lib/mail/kinds"

/**
 * Sends each e-mail through the Notification Module unless it was already sent (its idempotency
 * key is recorded as sent or being sent). An e-mail recorded as failed is sent again under the
 * same record: the module re-sends a failed key, but only updates the record if it is given the
 * record's id. A lock per key keeps an event retry and the resend job from sending it twice.
 * A failed send throws after the others were tried, so the event bus retries the subscriber.
 */
export const sendMailsOnceStep = createStep("send-mails-once", async (mails: OutgoingMail[], { container }) => {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const locking = container.resolve(Modules.LOCKING)
  const sent: string[] = []
  const failures: string[] = []
  for (const mail of mails) {
    try {
      const done = await locking.execute(
        `mail:${mail.idempotencyKey}`,
        async () => {
          const [previous] = await notifications.listNotifications({ idempotency_key: mail.idempotencyKey } as never, {
            select: ["id", "status"],
          })
          if (previous && previous.status !== NotificationStatus.FAILURE) {
            return false
          }
          await notifications.createNotifications({
            ...(previous ? { id: previous.id } : {}),
            to: mail.to,
            channel: "email",
            template: mail.template,
            data: mail.data,
            content: { subject: mail.subject, text: mail.text, html: mail.html },
            idempotency_key: mail.idempotencyKey,
            trigger_type: mail.template,
            ...(mail.orderId ? { resource_id: mail.orderId, resource_type: "order" } : {}),
          } as CreateNotificationDTO)
          return true
        },
        { timeout: 60 }
      )
      if (done) {
        sent.push(mail.idempotencyKey)
      }
    } catch (error) {
      failures.push(`${mail.idempotencyKey}: ${(error as Error).message}`)
    }
  }
  if (failures.length) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `E-mail not sent (recorded as failed; it is sent again by the event's retries or the send-failed-mails job):\n${failures.join("\n")}`
    )
  }
  return new StepResponse(sent)
})
