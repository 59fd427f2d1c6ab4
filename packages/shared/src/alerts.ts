/**
 * Back-in-stock alerts and refill reminders: the requests (zod, shared by the backend's routes and
 * the storefront's forms), the answers, and the cart metadata key of the checkout's refill box.
 */
import { z } from "zod"

/** The cart (then order) metadata key the checkout's "remind me to refill" box sets. */
export const REFILL_REMINDER_METADATA_KEY = "refill_reminder"

// Refinements, not zod's own checks: Medusa rewrites those messages into its own wording.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/

/** An address as shoppers type it; stored in lower case. */
export const shopperEmail = z
  .string()
  .trim()
  .refine((value) => value.length <= 254 && EMAIL.test(value), "Enter a valid e-mail address, like name@example.com.")
  .transform((value) => value.toLowerCase())

export const StockAlertRequest = z
  .object({
    variant_id: z
      .string()
      .trim()
      .refine((value) => value.length > 0 && value.length <= 64, "Say which product the alert is for (variant_id)."),
    email: shopperEmail,
    /** The storefront country the shopper asked from, for the e-mail's links (default: de). */
    country_code: z
      .string()
      .refine((value) => /^[a-z]{2}$/.test(value), "country_code is a two-letter country code, like de.")
      .optional(),
  })
  .strict()
export type StockAlertRequest = z.infer<typeof StockAlertRequest>

/** A link from an alert or reminder e-mail (confirm, unsubscribe, refill): its signed token. */
export const MailLinkRequest = z
  .object({
    token: z
      .string()
      .refine(
        (value) => value.length > 0 && value.length <= 512,
        "This link is not complete: open it again from the e-mail."
      ),
  })
  .strict()
export type MailLinkRequest = z.infer<typeof MailLinkRequest>

export type StockAlertStatus = "pending" | "confirmed" | "ended"

/** The answer to an alert sign-up: confirmed at once (signed in), or waiting for the e-mail's link. */
export type StockAlertAnswer = { alert: { status: StockAlertStatus }; message: string }

/** An order's refill reminder as the order page shows it. */
export type RefillReminderView = {
  /** null: not asked for (yet). */
  status: "scheduled" | "sent" | "canceled" | null
  /** When the e-mail goes (or went); null without an estimate. */
  send_at: string | null
  lines: { variant_id: string; title: string; quantity: number; runs_out_at: string }[]
  /** Why there is no estimate, when there is none. */
  message: string | null
}

/** What a refill link puts in a cart. */
export type RefillCartItems = { items: { variant_id: string; quantity: number }[] }
