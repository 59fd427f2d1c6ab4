import { describe, expect, it } from "vitest"
import { stack } from "../support/stack"

type Case = { what: string; path: string; init?: RequestInit; status: number }

// Medusa's own routes and ours, answers of every kind: a store route, an Admin API request that
// Medusa's authentication refuses, Medusa Admin's page and its script, auth, the health check, a 404.
const cases = (): Case[] => [
  { what: "a store route", path: "/store/regions", init: { headers: publishable() }, status: 200 },
  { what: "one of our store routes", path: "/store/guides/pore-care", init: { headers: publishable() }, status: 400 },
  { what: "an Admin API request refused without a log-in", path: "/admin/orders", status: 401 },
  { what: "Medusa Admin", path: "/app", status: 200 },
  { what: "a page deep in Medusa Admin", path: "/app/orders", status: 200 },
  {
    what: "a refused staff log-in",
    path: "/auth/user/emailpass",
    init: {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "nobody@lacremeluxe.test", password: "not the password" }),
    },
    status: 401,
  },
  { what: "the health check", path: "/health", status: 200 },
  { what: "an address that does not exist", path: "/nothing-here", status: 404 },
]

function publishable() {
  return { "x-publishable-api-key": stack.publishableKey }
}

async function answer(path: string, init?: RequestInit) {
  const response = await fetch(`${stack.backendUrl}${path}`, { redirect: "manual", ...init })
  await response.arrayBuffer()
  return response
}

describe("the backend's security headers", () => {
  it.each(cases())("$what ($path) cannot be framed, sniffed or traced to Express", async ({ path, init, status }) => {
    const response = await answer(path, init)
    expect(response.status).toBe(status)
    expect(response.headers.get("content-security-policy")).toMatch(/(^|; )frame-ancestors 'none'(;|$)/)
    expect(response.headers.get("x-frame-options")).toBe("DENY")
    expect(response.headers.get("x-content-type-options")).toBe("nosniff")
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin")
    expect(response.headers.get("x-powered-by")).toBeNull()
    // The test store does not run as production; production's HSTS is checked on the function.
    expect(response.headers.get("strict-transport-security")).toBeNull()
  })

  it("lets Medusa Admin load its own scripts and nothing else runs anywhere else", async () => {
    const page = await answer("/app")
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'")
    const html = await (await fetch(`${stack.backendUrl}/app`)).text()
    const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1]
    expect(script).toMatch(/^\/app\/assets\/.+\.js$/)
    const asset = await answer(script!)
    expect(asset.status).toBe(200)
    expect(asset.headers.get("x-frame-options")).toBe("DENY")
    const api = await answer("/store/regions", { headers: publishable() })
    expect(api.headers.get("content-security-policy")).toMatch(/^default-src 'none';/)
  })
})
