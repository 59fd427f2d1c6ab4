import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"
import { assertMessagesComplete } from "./src/i18n/check-messages"
import { contentSecurityPolicy } from "./src/lib/server/security-headers"
import { storeRedirects, storeRewrites } from "./src/lib/util/store-routes"

// A message missing or different in one language fails the build (and the start): see src/i18n.
assertMessagesComplete()

const isProduction = process.env.NODE_ENV === "production"

/**
 * Security headers of every response, fixed at build time so cached pages are served without
 * running any code per request. Images may come from the backend: PUBLIC_BACKEND_URL at build
 * time, any https origin, or a local http backend (npm start, tests).
 */
const imageOrigins = [process.env.PUBLIC_BACKEND_URL, "https:", "http://localhost:*", "http://127.0.0.1:*"]

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy({ imageOrigins, development: !isProduction }) },
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
  // Next's cache: in this process, or in Redis with REDIS_URL (shared by every instance).
  cacheHandler: require.resolve("./cache-handler.mjs"),
  experimental: {
    // Keep regenerated pages and fetched data in memory only: a restart (or a reseeded backend)
    // never serves yesterday's pages from disk.
    isrFlushToDisk: false,
    // Unknown countries and addresses outside the stores: the root layout lives under
    // [countryCode]/[lang] (it sets <html lang>), so the 404 page brings its own document.
    globalNotFound: true,
    // The stylesheet goes into each page's <head> (27 KB, 7 KB gzipped) instead of a separate file.
    // As a file it blocked the page's inline scripts until it arrived, so the async chunks ran
    // (React's hydration, a long task) before the parser finished and before the first paint: the
    // guide's text waited ~2 s on a phone (Lighthouse, issue 14). Inlined, the page paints first.
    inlineCss: true,
    // The shared package's index re-exports zod schemas (admin forms, the routine's input): import
    // only the modules a client component uses, so zod (~50 KB gzipped) stays out of the shop's
    // filter script.
    optimizePackageImports: ["@lacremeluxe/shared"],
  },
  reactStrictMode: true,
  async redirects() {
    return storeRedirects()
  },
  async rewrites() {
    return { beforeFiles: storeRewrites(), afterFiles: [], fallback: [] }
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Checkout alone may load Stripe.js and its frames (the later rule wins for these keys).
      ...["/:country/checkout/:path*", "/:country/:lang/checkout/:path*"].map((source) => ({
        source,
        headers: [
          {
            key: "Content-Security-Policy",
            value: contentSecurityPolicy({ imageOrigins, development: !isProduction, stripe: true }),
          },
          {
            key: "Permissions-Policy",
            value: 'camera=(), microphone=(), geolocation=(), payment=(self "https://js.stripe.com")',
          },
        ],
      })),
    ]
  },
}

// Messages are compiled at build time (ICU → icu-minify's compact form), so neither the server nor
// the browser parses ICU: the client runtime drops intl-messageformat's parser (~7 KB gzipped) on the
// pages whose client components translate (cart, checkout, account, order, routine; issue 14).
// `path` must hold every catalog that request.ts hands to next-intl.
export default createNextIntlPlugin({
  requestConfig: "./src/i18n/request.ts",
  experimental: { messages: { path: "./src/messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig)
