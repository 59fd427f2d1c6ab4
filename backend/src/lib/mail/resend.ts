import { isOrderMailKind, type OrderMailRequest } from "./kinds"

export type FailedNotification = {
  template: string | null
  data: Record<string, unknown> | null
  created_at: Date | string
}

/** Failed e-mails older than this are left alone: news of an order a week late helps no one. */
export const RESEND_WINDOW_HOURS = 72

/**
 * Which failed notifications to send again, as the requests that render them anew: order e-mails
 * (their data names the kind and the id) within the window, each request once. Password-reset
 * e-mails are not among them: their one-time link is not stored and expires in 15 minutes; the
 * event's own retries cover them, and a shopper can ask again.
 */
export function failedMailsToResend(
  failed: FailedNotification[],
  now: Date,
  windowHours = RESEND_WINDOW_HOURS
): OrderMailRequest[] {
  const since = now.getTime() - windowHours * 3600_000
  const seen = new Set<string>()
  const requests: OrderMailRequest[] = []
  for (const notification of failed) {
    const kind = notification.data?.kind
    const id = notification.data?.id
    if (!isOrderMailKind(kind) || kind !== notification.template || typeof id !== "string" || !id) {
      continue
    }
    if (new Date(notification.created_at).getTime() < since) {
      continue
    }
    const key = `${kind}:${id}`
    if (!seen.has(key)) {
      seen.add(key)
      requests.push({ kind, id })
    }
  }
  return requests
}
