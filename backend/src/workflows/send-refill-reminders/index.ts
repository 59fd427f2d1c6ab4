import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { storeLocale } from "@lacremeluxe/shared"
import { mailLinkKey, storefrontUrl } from "../../lib/alerts/mail-key"
import { signLink } from "../../lib/alerts/signed-link"
import { alertLinks, renderRefillReminder } from "../../lib/mail/alerts"
import { mailDate } from "../../lib/mail/html"
import type { OutgoingMail } from "../../lib/mail/kinds"
import { itemsOf } from "../../modules/alerts/types"
import { sendMailsOnceStep } from "../steps/send-mails-once"
import { updateRefillRemindersStep } from "../steps/update-alert-status"
import { findDueRemindersStep } from "./steps/find-due-reminders"

export const REFILL_REMINDER_TEMPLATE = "refill-reminder"

/**
 * The scheduled job's work (worker; `now` is the job's scheduledFor): every reminder due by then
 * gets its one e-mail in its order's language, with the link that puts the same items in a cart
 * and the opt-out link. The reminders are marked sent first; a failed e-mail puts them back for
 * the next run.
 */
export const sendRefillRemindersWorkflow = createWorkflow("send-refill-reminders", (input: { now: Date }) => {
  const due = findDueRemindersStep(input.now)
  updateRefillRemindersStep(
    transform({ due, input }, ({ due, input }) => ({
      ids: due.map((reminder) => reminder.id),
      status: "sent" as const,
      at: new Date(input.now),
    }))
  )
  const mails = transform({ due }, ({ due }): OutgoingMail[] => {
    const key = mailLinkKey()
    return due.map((reminder) => {
      const locale = storeLocale(reminder.locale)
      const links = alertLinks(storefrontUrl(), reminder.country_code, locale)
      return {
        to: reminder.email,
        template: REFILL_REMINDER_TEMPLATE,
        idempotencyKey: `${REFILL_REMINDER_TEMPLATE}:${reminder.id}`,
        data: { reminder_id: reminder.id },
        orderId: reminder.order_id,
        ...renderRefillReminder({
          locale,
          lines: itemsOf(reminder.items).map((item) => ({
            title: item.title,
            quantity: item.quantity,
            runsOut: mailDate(new Date(item.runs_out_at), locale),
          })),
          cartUrl: links.refillCart(signLink(key, "refill-cart", reminder.id)),
          unsubscribeUrl: links.unsubscribe(signLink(key, "unsubscribe-refill", reminder.id)),
        }),
      }
    })
  })
  return new WorkflowResponse(sendMailsOnceStep(mails))
})
