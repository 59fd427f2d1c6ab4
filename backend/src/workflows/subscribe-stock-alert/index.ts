import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { alertLinks, renderAlertConfirmation } from "../../lib/mail/alerts"
import type { OutgoingMail } from "../../lib/mail/kinds"
import { CONFIRM_ALERT_DAYS, signLink } from "../../lib/alerts/signed-link"
import { mailLinkKey, storefrontUrl } from "../../lib/alerts/mail-key"
import { sendMailsOnceStep } from "../steps/send-mails-once"
import { checkStockAlertStep } from "./steps/check-stock-alert"
import { saveStockAlertStep, type SaveStockAlertInput } from "./steps/save-stock-alert"

export const ALERT_CONFIRMATION_TEMPLATE = "alert-confirmation"

/**
 * "E-mail me when it's back": checks the variant (sold in this store, sold out now), saves one
 * open alert per address and variant, and mails a guest the link that confirms it (double
 * opt-in), in the language of the request — the alert keeps it for its "back in stock" e-mail.
 * A failed e-mail undoes the new alert, so the shopper can simply try again.
 */
export const subscribeStockAlertWorkflow = createWorkflow("subscribe-stock-alert", (input: SaveStockAlertInput) => {
  const variant = checkStockAlertStep(
    transform({ input }, ({ input }) => ({
      variant_id: input.variant_id,
      sales_channel_id: input.sales_channel_id,
      locale: input.locale,
    }))
  )
  const alert = saveStockAlertStep(input)
  const mails = transform({ input, alert, variant }, ({ input, alert, variant }): OutgoingMail[] => {
    if (!alert.needs_confirmation_mail) return []
    const key = mailLinkKey()
    const links = alertLinks(storefrontUrl(), input.country_code, input.locale)
    const expires = new Date(Date.now() + CONFIRM_ALERT_DAYS * 86_400_000)
    const mail = renderAlertConfirmation({
      locale: input.locale,
      productTitle: variant.title,
      confirmUrl: links.confirm(signLink(key, "confirm-alert", alert.id, expires)),
      unsubscribeUrl: links.unsubscribe(signLink(key, "unsubscribe-alert", alert.id)),
    })
    return [
      {
        to: input.email,
        template: ALERT_CONFIRMATION_TEMPLATE,
        idempotencyKey: `${ALERT_CONFIRMATION_TEMPLATE}:${alert.id}`,
        data: { alert_id: alert.id },
        ...mail,
      },
    ]
  })
  sendMailsOnceStep(mails)
  return new WorkflowResponse(
    transform({ alert, variant }, ({ alert, variant }) => ({ ...alert, title: variant.title }))
  )
})
