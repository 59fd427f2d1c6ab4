import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { readRuntimeConfig } from "../lib/runtime-config"
import { sendPasswordResetWorkflow } from "../workflows/send-password-reset"

type PasswordResetEvent = { entity_id: string; actor_type: string; token: string; metadata?: Record<string, unknown> }

/** A requested password reset gets its e-mail with the one-time link. */
export default async function passwordResetMail({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const config = readRuntimeConfig(process.env)
  await sendPasswordResetWorkflow(container).run({
    input: {
      ...event.data,
      storefront_url: config.storefrontPublicUrl,
      backend_url: config.backendUrl,
    },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
