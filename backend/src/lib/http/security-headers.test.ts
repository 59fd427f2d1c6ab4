import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { resolveSessionCookieSecurity } from "@medusajs/framework/http"
import type { ConfigModule } from "@medusajs/framework/types"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { secureResponse, securityHeaders } from "./security-headers"

// medusa-config as written, before Medusa resolves its modules (which needs the build).
vi.mock("@medusajs/framework/utils", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@medusajs/framework/utils")>()),
  defineConfig: <T>(config: T) => config,
}))

const local = { isProduction: false, adminFromSources: false }
const production = { isProduction: true, adminFromSources: false }

describe("securityHeaders", () => {
  it("forbids framing, sniffing and leaking the address everywhere, and allows nothing to run outside the admin", () => {
    for (const path of ["/store/products", "/admin/orders", "/auth/user/emailpass", "/health", "/uploads/a.svg"]) {
      const headers = securityHeaders(path, local)
      expect(headers["Content-Security-Policy"]).toBe(
        "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
      )
      expect(headers["X-Frame-Options"]).toBe("DENY")
      expect(headers["X-Content-Type-Options"]).toBe("nosniff")
      expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin")
    }
  })

  it("lets Medusa Admin run its own scripts only, and its Vite sources under medusa develop", () => {
    const built = securityHeaders("/app/orders", local)["Content-Security-Policy"]
    expect(built).toBe(
      "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
    expect(securityHeaders("/app", local)["Content-Security-Policy"]).toBe(built)
    expect(securityHeaders("/apple", local)["Content-Security-Policy"]).toMatch(/^default-src 'none'/)
    const fromSources = securityHeaders("/app", { isProduction: false, adminFromSources: true })
    expect(fromSources["Content-Security-Policy"]).toBe(
      "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
  })

  it("sends Strict-Transport-Security in production only", () => {
    expect(securityHeaders("/store/products", production)["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains"
    )
    expect(securityHeaders("/app", production)["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains")
    expect(securityHeaders("/store/products", local)).not.toHaveProperty("Strict-Transport-Security")
  })
})

describe("secureResponse", () => {
  let server: Server
  let url: string

  beforeAll(async () => {
    // As Express does: X-Powered-By first, and a 404 page with a CSP of its own (finalhandler).
    server = createServer((req, res) => {
      secureResponse(req, res, production)
      res.setHeader("X-Powered-By", "Express")
      res.setHeader("Content-Security-Policy", "default-src 'none'")
      res.statusCode = 404
      res.end("Cannot GET")
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it("sets the headers when the head is written, whoever set what before, and drops X-Powered-By", async () => {
    const response = await fetch(`${url}/app/settings?tab=1`)
    expect(response.status).toBe(404)
    expect(response.headers.get("x-powered-by")).toBeNull()
    expect(Object.fromEntries(response.headers)).toMatchObject(
      Object.fromEntries(
        Object.entries(securityHeaders("/app/settings", production)).map(([name, value]) => [name.toLowerCase(), value])
      )
    )
  })
})

describe("the admin session cookie", () => {
  it("is Secure and SameSite=Lax in production: Medusa's own setting, which medusa-config leaves alone", async () => {
    expect(resolveSessionCookieSecurity({ isProduction: true, isStaging: false })).toEqual({
      sameSite: "lax",
      secure: true,
    })
    const secret = "p".repeat(40)
    vi.stubEnv("NODE_ENV", "production")
    for (const name of ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"]) {
      vi.stubEnv(name, `${name}-${secret}`)
    }
    vi.stubEnv("CLIENT_IP_SECRET", `client-${secret}`)
    vi.stubEnv("SMTP_URL", "smtps://shop:pw@mail.example.com:465")
    vi.stubEnv("MAIL_FROM", "LACREMELUXE <orders@example.com>")
    vi.stubEnv("STRIPE_API_KEY", "")
    vi.stubEnv("STRIPE_WEBHOOK_SECRET", "")
    vi.stubEnv("STRIPE_TEST_API_URL", "")
    try {
      // Under vitest the file is an ES module; TypeScript sees the CommonJS build's shape.
      const { default: config } = (await import("../../../medusa-config.js")) as unknown as { default: ConfigModule }
      // Medusa spreads these over its production defaults; neither may weaken them.
      expect(config.projectConfig.cookieOptions).toBeUndefined()
      expect(config.projectConfig.sessionOptions).toBeUndefined()
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
