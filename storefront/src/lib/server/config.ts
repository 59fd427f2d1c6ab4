import "server-only"

/**
 * Where the backend is and which publishable key to use, read when the server runs (never baked
 * into the build), so one build serves any deployment.
 */
export function backendConfig() {
  const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  if (!publishableKey) {
    throw new Error(
      "MEDUSA_PUBLISHABLE_KEY is not set: `npm start` hands it over; otherwise copy it from Medusa Admin → Settings → Publishable API keys."
    )
  }
  return { backendUrl, publishableKey }
}

/**
 * Shared with the backend, which calls /api/revalidate when staff change public content.
 * `npm start` and `npm test` generate one per run; without it revalidation is off.
 */
export function revalidateSecret(): string | undefined {
  return process.env.REVALIDATE_SECRET || undefined
}

/**
 * The storefront's own secret with which it vouches for the shopper's address in rate-limited
 * calls (the backend's CLIENT_IP_SECRET). server.mjs refuses to start without a strong one.
 */
export function clientIpSecret(): string | undefined {
  return process.env.CLIENT_IP_SECRET || undefined
}
