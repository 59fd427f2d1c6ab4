import { timingSafeEqual } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"

/** Header with which the storefront vouches for the shopper's address (it calls us server-side). */
export const STOREFRONT_KEY_HEADER = "x-storefront-key"
export const CLIENT_IP_HEADER = "x-client-ip"

function sameSecret(given: string, expected: string) {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * Who is asking, for per-client limits. Calls from the storefront's server all come from one
 * address, so the storefront passes the shopper's address along with a secret of its own for this
 * one purpose (CLIENT_IP_SECRET); without it the header is ignored and the connection's address
 * counts, so nobody else can pretend to be many clients.
 */
export function clientOf(req: MedusaRequest, storefrontSecret: string): string {
  const key = req.get(STOREFRONT_KEY_HEADER)
  const forwarded = req.get(CLIENT_IP_HEADER)?.trim()
  if (key && forwarded && storefrontSecret && sameSecret(key, storefrontSecret)) {
    return forwarded.slice(0, 64)
  }
  return req.socket?.remoteAddress ?? req.ip ?? "unknown"
}
