/** Medusa's payment providers the storefront knows how to take money with. */
export const SYSTEM_PROVIDER = "pp_system_default"
export const STRIPE_PROVIDER = "pp_stripe_stripe"

export type PaymentChoice =
  | { kind: "stripe"; providerId: typeof STRIPE_PROVIDER; publishableKey: string }
  | { kind: "system"; providerId: typeof SYSTEM_PROVIDER }
  | { kind: "none" }

/**
 * How this checkout takes payment: Stripe when the region offers it and the storefront has
 * Stripe's publishable key; otherwise the system provider (which the backend offers outside
 * production only); otherwise nothing, and checkout says payment is not configured.
 */
export function choosePayment(offered: string[], stripePublishableKey: string | undefined): PaymentChoice {
  const key = stripePublishableKey?.trim()
  if (key && offered.includes(STRIPE_PROVIDER)) {
    return { kind: "stripe", providerId: STRIPE_PROVIDER, publishableKey: key }
  }
  if (offered.includes(SYSTEM_PROVIDER)) {
    return { kind: "system", providerId: SYSTEM_PROVIDER }
  }
  return { kind: "none" }
}

/** Medusa keeps major units (24.9); Stripe wants the currency's smallest unit (2490). */
export function smallestUnit(amount: number, currencyCode: string): number {
  const digits =
    new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  return Math.round(amount * 10 ** digits)
}

/** What Stripe sends back to the return page after a redirect, in words a shopper understands. */
export function redirectOutcome(status: string | null): "succeeded" | "processing" | "failed" {
  if (status === "succeeded") {
    return "succeeded"
  }
  if (status === "processing" || status === "pending") {
    return "processing"
  }
  return "failed"
}
