import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { SeedContext } from "./context"

export const STRIPE_PAYMENT_PROVIDER = "pp_stripe_stripe"

/**
 * When Stripe is configured (STRIPE_API_KEY), every region offers it. Runs at each start, so
 * adding the key to an existing store is enough; providers staff chose are kept as they are.
 */
export async function offerStripeInRegions(ctx: SeedContext) {
  const payment = ctx.container.resolve(Modules.PAYMENT)
  const stripe = await payment.listPaymentProviders({ id: STRIPE_PAYMENT_PROVIDER, is_enabled: true })
  if (!stripe.length) {
    return
  }
  const { data: regions } = await ctx.query.graph({
    entity: "region",
    fields: ["id", "name", "payment_providers.id"],
  })
  for (const region of regions) {
    const offered = (region.payment_providers ?? []).flatMap((provider) => (provider ? [provider.id] : []))
    if (offered.includes(STRIPE_PAYMENT_PROVIDER)) {
      continue
    }
    await updateRegionsWorkflow(ctx.container).run({
      input: {
        selector: { id: region.id },
        update: { payment_providers: [...offered, STRIPE_PAYMENT_PROVIDER] },
      },
    })
    ctx.log(`region "${region.name}" now offers Stripe`)
  }
}
