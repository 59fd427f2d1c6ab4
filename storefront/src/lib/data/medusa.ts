import "server-only"
import { LOCALE_HEADER, storeLocale } from "@lacremeluxe/shared"
import Medusa from "@medusajs/js-sdk"
import { backendConfig } from "../server/config"

let client: Medusa | undefined

/**
 * The one SDK instance. It holds no shopper's state: anything personal (a cart id, a customer's
 * token) travels per call, so nothing leaks between visitors of this shared server.
 */
export function medusa(): Medusa {
  if (!client) {
    const { backendUrl, publishableKey } = backendConfig()
    client = new Medusa({
      baseUrl: backendUrl,
      publishableKey,
      auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
    })
  }
  return client
}

/**
 * The header that makes the backend answer in a store's language (Medusa's applyLocale reads it:
 * translated fields, English field by field where a translation is missing), with the locale the
 * backend registers for it (en-US pages read en-GB). Next's data cache keys a fetch by its headers
 * too, so each language is cached apart under the same tags.
 */
export function inLocale(locale: string): { [LOCALE_HEADER]: string } {
  return { [LOCALE_HEADER]: storeLocale(locale) }
}
