import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules, NotificationStatus } from "@medusajs/framework/utils"
import { failedMailsToResend, RESEND_WINDOW_HOURS } from "../../../lib/mail/resend"

/** The Notification Module's failed e-mails of the last days, as requests to send them again. */
export const findFailedMailsStep = createStep("find-failed-mails", async (now: Date, { container }) => {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const since = new Date(new Date(now).getTime() - RESEND_WINDOW_HOURS * 3600_000)
  const failed = await notifications.listNotifications(
    { status: NotificationStatus.FAILURE, channel: "email", created_at: { $gte: since } } as never,
    { select: ["template", "data", "created_at"], order: { created_at: "ASC" }, take: 200 }
  )
  return new StepResponse(failedMailsToResend(failed, new Date(now)))
})
