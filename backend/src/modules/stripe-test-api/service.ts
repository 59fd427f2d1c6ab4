// A deep import on purpose: the provider's public entry (@medusajs/payment-stripe) exports no
// class, only its module provider definition, and this subclass needs StripeProviderService.
import { StripeProviderService } from "@medusajs/payment-stripe/dist/services"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"
import Stripe from "stripe"

export type StripeTestApiOptions = StripeOptions & {
  /** The local fake of Stripe's HTTP API, e.g. http://127.0.0.1:12111. */
  apiUrl: string
}

/**
 * Medusa's Stripe provider, unchanged, except that its Stripe client talks to a local fake of
 * Stripe's HTTP API. Medusa's provider builds `new Stripe(apiKey)` and has no option for the
 * address; the Stripe SDK takes host, port and protocol, so this subclass rebuilds the client
 * with them. Registered only when the test setting STRIPE_TEST_API_URL is set, never in
 * production (see runtime-config.ts). Same identifier and id as the real one: pp_stripe_stripe.
 */
export default class StripeTestApiProviderService extends StripeProviderService {
  static validateOptions(options: StripeTestApiOptions) {
    StripeProviderService.validateOptions(options)
    if (!URL.canParse(options.apiUrl)) {
      throw new Error(`Stripe test API: "${options.apiUrl}" is not an address`)
    }
  }

  constructor(cradle: Record<string, unknown>, options: StripeTestApiOptions) {
    super(cradle, options)
    const url = new URL(options.apiUrl)
    const protocol = url.protocol === "https:" ? "https" : "http"
    this.stripe_ = new Stripe(options.apiKey, {
      host: url.hostname,
      port: Number(url.port || (protocol === "https" ? 443 : 80)),
      protocol,
      // The fake answers at once; Medusa retries connection errors itself.
      maxNetworkRetries: 0,
    })
  }
}
