import type { FilterablePriceListRuleProps, FilterablePriceRuleProps } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Medusa's system tax provider (`tp_` + its identifier): its tax lines are the rates alone. */
const SYSTEM_TAX_PROVIDER = "tp_system"

/** The pricing context's keys for the locality (Medusa passes the cart's address in it, flattened). */
const LOCALITY_PRICE_ATTRIBUTES = ["shipping_address.postal_code", "shipping_address.city"]

/**
 * Whether a cart's prices or taxes in this country can depend on the postal code or the city
 * (Medusa's update-cart re-prices and re-taxes a cart in full when either changes, in case they
 * do). Taxes can when the country's tax region is computed by a provider other than Medusa's
 * system one: the tax module chooses rates by country and province, and only the provider sees
 * the rest of the address. Prices can when a price rule or a price list's rule keys on the
 * shipping address's postal code or city. Three reads of at most one row each, in place of a
 * repricing of every item and a recomputation of every tax line.
 */
export const localityPricedStep = createStep(
  "locality-priced",
  async ({ country_code }: { country_code: string }, { container }) => {
    const pricing = container.resolve(Modules.PRICING)
    const onLocality = { attribute: LOCALITY_PRICE_ATTRIBUTES }
    const [taxRegions, [priceRule], [priceListRule]] = await Promise.all([
      container
        .resolve(Modules.TAX)
        .listTaxRegions({ country_code: country_code.toLowerCase() }, { select: ["parent_id", "provider_id"] }),
      // `attribute` is a column of both (Medusa's filter types do not name it).
      pricing.listPriceRules(onLocality as FilterablePriceRuleProps, { select: ["id"], take: 1 }),
      pricing.listPriceListRules(onLocality as FilterablePriceListRuleProps, { select: ["id"], take: 1 }),
    ])
    // The country's own region (its provinces' parent) names the provider for all of them.
    const taxedByLocality = taxRegions.some((region) => !region.parent_id && region.provider_id !== SYSTEM_TAX_PROVIDER)
    return new StepResponse(taxedByLocality || Boolean(priceRule) || Boolean(priceListRule))
  }
)
