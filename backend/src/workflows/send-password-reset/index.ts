import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { passwordResetUrl, renderPasswordReset } from "../../lib/mail/password-reset"

export const PASSWORD_RESET_TEMPLATE = "password-reset"

export type SendPasswordResetInput = {
  /** The e-mail address (the emailpass identity's entity id). */
  entity_id: string
  actor_type: string
  token: string
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
    const resetUrl = passwordResetUrl({
      actorType: input.actor_type,
      email: input.entity_id,
      token: input.token,
      storefrontUrl: input.storefront_url,
      backendUrl: input.backend_url,
      country: input.metadata?.country,
    })
    return resetUrl ? { to: input.entity_id, ...renderPasswordReset({ email: input.entity_id, resetUrl }) } : null
  })
  when({ mail }, ({ mail }) => Boolean(mail)).then(() => {
    sendNotificationsStep(
      transform({ mail }, ({ mail }) => [
        {
          to: mail!.to,
          channel: "email",
          template: PASSWORD_RESET_TEMPLATE,
          content: { subject: mail!.subject, text: mail!.text, html: mail!.html },
        },
      ])
    )
  })
  return new WorkflowResponse(mail)
})
