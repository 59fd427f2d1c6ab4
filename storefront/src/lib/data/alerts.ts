import "server-only"
import type { RefillCartItems, RefillReminderView, StockAlertAnswer } from "@lacremeluxe/shared"
import { inLocale, medusa } from "./medusa"
import { clientHeaders, personal } from "../server/session"

/**
 * Back-in-stock alerts and refill reminders. The pages word the backend's answers themselves, in
 * the shopper's language, from their status (the backend's `message` is English). A signed-in
 * shopper's token travels with the sign-up, so their own address is confirmed at once; the
 * shopper's address is vouched for the per-client limits. The alert's e-mails speak the page's
 * `locale` and link to that language's pages of the `country_code` store.
 */
export async function subscribeBackInStock(
  body: { variant_id: string; email: string; country_code: string },
  locale: string
) {
  return medusa().client.fetch<StockAlertAnswer>("/store/back-in-stock", {
    method: "POST",
    body,
    headers: { ...(await personal()), ...(await clientHeaders()), ...inLocale(locale) },
  })
}

export type MailLinkAction = "confirm" | "unsubscribe"

/** What following an e-mail's link did: the alert is confirmed, or `stopped` e-mails were stopped (0: none were left). */
export type MailLinkOutcome = { action: "confirm" } | { action: "unsubscribe"; stopped: number }

/** A link from an alert or reminder e-mail (no login): confirm an alert, or unsubscribe. */
export async function followMailLink(action: MailLinkAction, token: string): Promise<MailLinkOutcome> {
  const answer = await medusa().client.fetch<{ stopped?: number }>(`/store/alerts/${action}`, {
    method: "POST",
    body: { token },
    headers: await clientHeaders(),
  })
  return action === "confirm" ? { action } : { action, stopped: Number(answer.stopped ?? 0) }
}

/** What a refill e-mail's link puts back in the cart. */
export async function refillCartItems(token: string) {
  return medusa().client.fetch<RefillCartItems>("/store/refill-reminders/cart-items", {
    method: "POST",
    body: { token },
    headers: await clientHeaders(),
  })
}

/** An order's refill reminder (the order's owner): read, opt in (POST) or out (DELETE). */
export async function orderRefillReminder(orderId: string, method: "GET" | "POST" | "DELETE" = "GET") {
  const { refill_reminder } = await medusa().client.fetch<{ refill_reminder: RefillReminderView }>(
    `/store/orders/${encodeURIComponent(orderId)}/refill-reminder`,
    { method, headers: await personal() }
  )
  return refill_reminder
}
