import { randomBytes } from "node:crypto"
import { store, uniqueEmail } from "./api"
import { stack } from "./stack"

export type Shopper = { email: string; password: string; token: string; customerId: string }

/** A JSON POST to the backend, answering status, headers and body (for limits: Retry-After). */
export async function post<T = any>(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.backendUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  const json = response.headers.get("content-type")?.includes("json")
  return { status: response.status, headers: response.headers, body: (json && text ? JSON.parse(text) : { text }) as T }
}

/** As the storefront calls: vouching for the shopper's address with CLIENT_IP_SECRET. */
export function asClient(ip: string): Record<string, string> {
  return { "x-storefront-key": stack.backendEnv.CLIENT_IP_SECRET, "x-client-ip": ip }
}

/**
 * A client no other test speaks as: a vouched-for address of its own (IPv6 documentation range;
 * other helpers use IPv4 ones), so limits one test runs into never touch another.
 */
export function uniqueClient(): Record<string, string> {
  return asClient(`2001:db8::${randomBytes(8).toString("hex").match(/..../g)!.join(":")}`)
}

export function register(email: string, password: string, headers: Record<string, string> = {}) {
  return post<{ token: string }>("/auth/customer/emailpass/register", { email, password }, headers)
}

export function logIn(email: string, password: string, headers: Record<string, string> = {}) {
  return post<{ token: string; message?: string }>("/auth/customer/emailpass", { email, password }, headers)
}

/** `metadata`: what the storefront sends along, its page's `country` and `locale`. */
export function requestPasswordReset(
  identifier: string,
  headers: Record<string, string> = {},
  metadata?: { country: string; locale: string }
) {
  return post("/auth/customer/emailpass/reset-password", { identifier, metadata }, headers)
}

/** Staff log in to Medusa Admin's API the same way (`/auth/user/…`). */
export function staffLogIn(email: string, password: string, headers: Record<string, string> = {}) {
  return post<{ token: string; message?: string }>("/auth/user/emailpass", { email, password }, headers)
}

export function requestStaffPasswordReset(identifier: string, headers: Record<string, string> = {}) {
  return post("/auth/user/emailpass/reset-password", { identifier }, headers)
}

/** Registers a shopper the way the storefront does: identity, customer, then a log-in token. */
export async function registerShopper(label = "shopper"): Promise<Shopper> {
  const email = uniqueEmail(label)
  const password = "a long test password"
  const client = asClient(`198.51.100.${Math.floor(Math.random() * 250) + 1}`)
  const registration = await register(email, password, client)
  if (registration.status !== 200) {
    throw new Error(`registration failed: ${registration.status} ${JSON.stringify(registration.body)}`)
  }
  const created = await store("/store/customers", {
    token: registration.body.token,
    body: { email, first_name: "Test", last_name: label },
  })
  if (created.status !== 200) {
    throw new Error(`customer not created: ${created.status} ${JSON.stringify(created.body)}`)
  }
  const login = await logIn(email, password, client)
  return { email, password, token: login.body.token, customerId: created.body.customer.id }
}
