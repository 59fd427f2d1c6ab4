import { createHash } from "node:crypto"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { OutgoingMail } from "../../lib/mail/kinds"
import { sendMailsOnceStep } from "../steps/send-mails-once"
import { passwordResetLocale, passwordResetUrl, renderPasswordReset } from "../../lib/mail/password-reset"

export const PASSWORD_RESET_TEMPLATE = "password-reset"

export type SendPasswordResetInput = {
  /** The e-mail address (the emailpass identity's entity id). */
  entity_id: string
  actor_type: string
  token: string
  /** What the reset request carried: the storefront sends its page's `country` and `locale`. */
  metadata?: Record<string, unknown>
  storefront_url: string
  backend_url: string
}

/**
 * The password-reset e-mail, from Medusa's `auth.password_reset` event. Medusa emits it only
 * for an existing identity, and its API answers the same either way, so the answer never tells
 * whether an account exists; the e-mail goes only to the account's own address.
 */
export const sendPasswordResetWorkflow = createWorkflow("send-password-reset", (input: SendPasswordResetInput) => {
  const mail = transform({ input }, ({ input }) => {
    const locale = passwordResetLocale(input.metadata)
    const resetUrl = passwordResetUrl({
      actorType: input.actor_type,
      email: input.entity_id,
      token: input.token,
      storefrontUrl: input.storefront_url,
      backendUrl: input.backend_url,
      country: input.metadata?.country,
      locale,
    })
    return resetUrl
      ? {
          to: input.entity_id,
          token: input.token,
          ...renderPasswordReset({ locale, email: input.entity_id, resetUrl }),
        }
      : null
  })
  // The key is derived from the one-time token: the same request is never mailed twice, and the
  // token itself is not stored with the notification.
  sendMailsOnceStep(
    transform({ mail }, ({ mail }): OutgoingMail[] =>
      mail
        ? [
            {
              to: mail.to,
              template: PASSWORD_RESET_TEMPLATE,
              idempotencyKey: `${PASSWORD_RESET_TEMPLATE}:${createHash("sha256").update(mail.token).digest("hex").slice(0, 32)}`,
              subject: mail.subject,
              text: mail.text,
              html: mail.html,
              data: {},
            },
          ]
        : []
    )
  )
  return new WorkflowResponse(transform({ mail }, ({ mail }) => (mail ? { to: mail.to, subject: mail.subject } : null)))
})
