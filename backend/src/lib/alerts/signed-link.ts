import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto"

/**
 * Signed tokens for the links in back-in-stock and refill e-mails: confirm an alert, unsubscribe,
 * refill the cart — without logging in. A token names what it opens (`purpose`) and one record
 * (`id`), optionally until a time; nothing else, so no e-mail address or health data is in a URL.
 * The key is derived from COOKIE_SECRET for this one purpose (HKDF), so no new secret has to be
 * deployed and a mail link never opens anything else. Pure: unit-tested beside it.
 */
export const LINK_PURPOSES = ["confirm-alert", "unsubscribe-alert", "unsubscribe-refill", "refill-cart"] as const
export type LinkPurpose = (typeof LINK_PURPOSES)[number]

/** How long a guest has to confirm an alert. */
export const CONFIRM_ALERT_DAYS = 7

type Payload = { p: LinkPurpose; id: string; e?: number }

export function linkKey(cookieSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", cookieSecret, "lacremeluxe", "mail-links", 32))
}

const mac = (key: Buffer, body: string) => createHmac("sha256", key).update(body).digest("base64url")

export function signLink(key: Buffer, purpose: LinkPurpose, id: string, expiresAt?: Date): string {
  const payload: Payload = { p: purpose, id, ...(expiresAt ? { e: Math.floor(expiresAt.getTime() / 1000) } : {}) }
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url")
  return `${body}.${mac(key, body)}`
}

export type LinkCheck = { ok: true; id: string } | { ok: false; reason: "invalid" | "expired" }

/** The record a token opens for `purpose`, or why not (forged, another purpose, expired). */
export function verifyLink(key: Buffer, purpose: LinkPurpose, token: string, now = new Date()): LinkCheck {
  const [body, signature, extra] = token.split(".")
  if (!body || !signature || extra !== undefined) {
    return { ok: false, reason: "invalid" }
  }
  const expected = Buffer.from(mac(key, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: "invalid" }
  }
  let payload: Partial<Payload>
  try {
    payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as Partial<Payload>
  } catch {
    return { ok: false, reason: "invalid" }
  }
  if (payload.p !== purpose || typeof payload.id !== "string" || !payload.id) {
    return { ok: false, reason: "invalid" }
  }
  if (typeof payload.e === "number" && payload.e * 1000 < now.getTime()) {
    return { ok: false, reason: "expired" }
  }
  return { ok: true, id: payload.id }
}
