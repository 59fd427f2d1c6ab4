import { secureEveryResponse } from "./src/lib/http/security-headers-hook"
import { readRuntimeConfig } from "./src/lib/runtime-config"

/**
 * Loaded by `medusa start` before it creates the HTTP server (Medusa's instrumentation point):
 * every answer of the backend, the API's and Medusa Admin's, gets the security headers.
 */
export function register() {
  secureEveryResponse({
    isProduction: readRuntimeConfig(process.env).isProduction,
    adminFromSources: process.env.NODE_ENV === "development",
  })
}
