import "server-only"
import { cookies, headers } from "next/headers"
import { SESSION_COOKIE } from "./cookie-names"
import { clientIpSecret } from "./config"
import { cookieOptions } from "./cookies"

/** A shopper stays signed in for at most a week (Medusa's token lives as long; see JWT expiry). */
const SESSION_MAX_AGE = 60 * 60 * 24 * 7

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value
}

export async function startSession(token: string): Promise<void> {
  ;(await cookies()).set(SESSION_COOKIE, token, cookieOptions(SESSION_MAX_AGE))
}

export async function endSession(): Promise<void> {
  ;(await cookies()).delete(SESSION_COOKIE)
}

/**
 * Headers for a call made on the shopper's behalf: their token, from their own cookie, for this
 * one call. The SDK keeps none, so nothing personal outlives the request.
 */
export async function personal(): Promise<Record<string, string>> {
  const token = await sessionToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/**
 * For calls the backend rate-limits per client (log-in, registration, password reset, promo
 * codes, order lookup): the shopper's address, vouched for with CLIENT_IP_SECRET, which the
 * backend and storefront share for this alone. Behind a proxy, the first X-Forwarded-For entry is
 * the shopper.
 */
export async function clientHeaders(): Promise<Record<string, string>> {
  const secret = clientIpSecret()
  const all = await headers()
  const ip = all.get("x-forwarded-for")?.split(",")[0]?.trim() || all.get("x-real-ip") || ""
  return secret && ip ? { "x-storefront-key": secret, "x-client-ip": ip } : {}
}
