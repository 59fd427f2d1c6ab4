import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { mailLinkKey, storefrontUrl } from "../../lib/alerts/mail-key"
import { signLink } from "../../lib/alerts/signed-link"
import { alertLinks, renderBackInStock } from "../../lib/mail/alerts"
import type { OutgoingMail } from "../../lib/mail/kinds"
import { sendMailsOnceStep } from "../steps/send-mails-once"
import { updateStockAlertsStep } from "../steps/update-alert-status"
import { findBackInStockStep } from "./steps/find-back-in-stock"

export const BACK_IN_STOCK_TEMPLATE = "back-in-stock"

/**
 * Stock moved on these products (the storefront's own flip rule, lib/storefront/stock-tags.ts):
 * every confirmed alert whose variant is sellable again gets its one e-mail, in the alert's
 * language, and ends. The alerts end first; a failed e-mail puts them back, and the event's retry
 * sends only what was not sent (one idempotency key per alert).
 */
export const notifyBackInStockWorkflow = createWorkflow("notify-back-in-stock", (input: { handles: string[] }) => {
  const due = findBackInStockStep(input.handles)
  updateStockAlertsStep(
    transform({ due }, ({ due }) => ({ ids: due.map((alert) => alert.id), status: "ended" as const }))
  )
  const mails = transform({ due }, ({ due }): OutgoingMail[] => {
    const key = mailLinkKey()
    return due.map((alert) => {
      const links = alertLinks(storefrontUrl(), alert.country_code, alert.locale)
      return {
        to: alert.email,
        template: BACK_IN_STOCK_TEMPLATE,
        idempotencyKey: `${BACK_IN_STOCK_TEMPLATE}:${alert.id}`,
        data: { alert_id: alert.id },
        ...renderBackInStock({
          locale: alert.locale,
          productTitle: alert.variant.title,
          productUrl: links.product(alert.variant.handle),
          unsubscribeUrl: links.unsubscribe(signLink(key, "unsubscribe-alert", alert.id)),
        }),
      }
    })
  })
  return new WorkflowResponse(sendMailsOnceStep(mails))
})
