import type { NextConfig } from "next"

const isProduction = process.env.NODE_ENV === "production"

/** Headers that do not depend on where the backend lives (the CSP is set per request in proxy.ts). */
const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(self)" },
  ...(isProduction && process.env.DISABLE_HSTS !== "true"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
]

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // Keep regenerated pages and fetched data in memory only: a restart (or a reseeded backend)
    // never serves yesterday's pages from disk.
    isrFlushToDisk: false,
  },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }]
  },
}

export default nextConfig
