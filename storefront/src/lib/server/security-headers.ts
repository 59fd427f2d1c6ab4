/**
 * The Content-Security-Policy of every page. Pages are static and shared, so they cannot carry
 * per-request nonces: inline scripts (Next's hydration data) are allowed, but only from this
 * origin; images may also come from the backend, which serves the catalog's files.
 */
export function contentSecurityPolicy({
  imageOrigins,
  development,
  stripe = false,
}: {
  imageOrigins: (string | undefined)[]
  development: boolean
  /** Checkout only: Stripe.js, its iframes (card fields, 3-D Secure, wallets) and its API. */
  stripe?: boolean
}) {
  // Full URLs become their origin; scheme or wildcard sources ("https:", "http://localhost:*") stay.
  const images = imageOrigins.flatMap((source) => {
    if (!source) {
      return []
    }
    try {
      return [new URL(source).origin]
    } catch {
      return [source]
    }
  })
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [
      "'self'",
      "'unsafe-inline'",
      ...(development ? ["'unsafe-eval'"] : []),
      ...(stripe ? ["https://js.stripe.com"] : []),
    ],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...new Set(images)],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : []), ...(stripe ? ["https://api.stripe.com"] : [])],
    "frame-src": stripe ? ["https://js.stripe.com", "https://hooks.stripe.com"] : ["'none'"],
    "frame-ancestors": ["'none'"],
    "base-uri": ["'self'"],
    // Redirect payment methods post to the bank from Stripe's own frames, not from our pages.
    "form-action": ["'self'"],
    "object-src": ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ")
}
