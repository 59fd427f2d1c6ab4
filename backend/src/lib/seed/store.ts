import {
  createApiKeysWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createReturnReasonsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"
import type { SeedContext } from "./context"
import type { RegionSeed, StoreSeed } from "./data"

export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
const MANUAL_FULFILLMENT_PROVIDER = "manual_manual"

export type StoreSetup = {
  salesChannelId: string
  stockLocationId: string
  shippingProfileId: string
  regionIds: Record<string, string>
}

async function ensureSalesChannel(ctx: SeedContext, seed: StoreSeed): Promise<string> {
  const { data } = await ctx.query.graph({
    entity: "sales_channel",
    fields: ["id"],
    filters: { name: seed.sales_channel.name },
  })
  if (data[0]) {
    return data[0].id
  }
  const { result } = await createSalesChannelsWorkflow(ctx.container).run({
    input: { salesChannelsData: [seed.sales_channel] },
  })
  ctx.log(`created sales channel "${seed.sales_channel.name}"`)
  return result[0].id
}

/** Store name, default channel and currencies; EUR prices include VAT, USD prices exclude sales tax. */
async function ensureStore(ctx: SeedContext, seed: StoreSeed, salesChannelId: string) {
  const { data } = await ctx.query.graph({
    entity: "store",
    fields: [
      "id",
      "name",
      "default_sales_channel_id",
      "supported_currencies.currency_code",
      "supported_currencies.is_default",
    ],
  })
  const store = data[0]
  // A currency's tax-inclusivity is kept as a price preference, not on the store.
  const { data: preferences } = await ctx.query.graph({
    entity: "price_preference",
    fields: ["value", "is_tax_inclusive"],
    filters: { attribute: "currency_code" },
  })
  const taxInclusive = new Set(preferences.filter((p) => p.is_tax_inclusive).map((p) => p.value))
  const wanted = seed.regions
    .map((region) => ({
      currency_code: region.currency_code,
      is_default: region.currency_code === seed.default_currency,
      is_tax_inclusive: region.is_tax_inclusive,
    }))
    .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
  const current = (store.supported_currencies ?? [])
    .map((c: { currency_code?: string; is_default?: boolean } | null) => ({
      currency_code: c?.currency_code,
      is_default: Boolean(c?.is_default),
      is_tax_inclusive: taxInclusive.has(c?.currency_code ?? ""),
    }))
    .sort((a, b) => String(a.currency_code).localeCompare(String(b.currency_code)))
  if (
    store.name === seed.name &&
    store.default_sales_channel_id === salesChannelId &&
    JSON.stringify(current) === JSON.stringify(wanted)
  ) {
    return
  }
  await updateStoresWorkflow(ctx.container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: seed.name,
        default_sales_channel_id: salesChannelId,
        supported_currencies: wanted,
      },
    },
  })
  ctx.log(`configured store "${seed.name}"`)
}

/** What the store keeps on a region besides Medusa's own fields (read by the return rules). */
export const REGION_DELIVERY_DAYS = "delivery_days"

async function ensureRegions(ctx: SeedContext, seed: StoreSeed): Promise<Record<string, string>> {
  const { data: existing } = await ctx.query.graph({ entity: "region", fields: ["id", "name", "metadata"] })
  const ids: Record<string, string> = Object.fromEntries(existing.map((r) => [r.name, r.id]))
  // Stores seeded before regions carried a delivery time get it; a value staff set is kept.
  for (const region of existing) {
    const wanted = seed.regions.find((r) => r.name === region.name)
    if (wanted && region.metadata?.[REGION_DELIVERY_DAYS] === undefined) {
      await updateRegionsWorkflow(ctx.container).run({
        input: {
          selector: { id: region.id },
          update: { metadata: { ...(region.metadata ?? {}), [REGION_DELIVERY_DAYS]: wanted.delivery_days } },
        },
      })
      ctx.log(`set the delivery time of region ${region.name}`)
    }
  }
  const missing = seed.regions.filter((region) => !ids[region.name])
  if (missing.length) {
    // The system provider marks orders paid without taking money: never offered in production.
    const paymentProviders = ctx.isProduction ? [] : [SYSTEM_PAYMENT_PROVIDER]
    const { result } = await createRegionsWorkflow(ctx.container).run({
      input: {
        regions: missing.map((region) => ({
          name: region.name,
          currency_code: region.currency_code,
          countries: region.countries.map((country) => country.code),
          automatic_taxes: true,
          is_tax_inclusive: region.is_tax_inclusive,
          payment_providers: paymentProviders,
          metadata: { [REGION_DELIVERY_DAYS]: region.delivery_days },
        })),
      },
    })
    for (const region of result) {
      ids[region.name] = region.id
    }
    ctx.log(`created regions ${missing.map((r) => r.name).join(", ")}`)
  }
  return ids
}

async function ensureTaxRegions(ctx: SeedContext, regions: RegionSeed[]) {
  const { data: existing } = await ctx.query.graph({
    entity: "tax_region",
    fields: ["id", "country_code", "province_code"],
  })
  const key = (country: string, province?: string | null) => `${country}/${province ?? ""}`
  const byKey = new Map(existing.map((t) => [key(t.country_code, t.province_code), t.id]))
  const countries = regions.flatMap((region) => region.countries)

  const missingCountries = countries.filter((c) => !byKey.has(key(c.code)))
  if (missingCountries.length) {
    const { result } = await createTaxRegionsWorkflow(ctx.container).run({
      input: missingCountries.map((country) => ({
        country_code: country.code,
        provider_id: "tp_system",
        default_tax_rate: {
          rate: country.tax_rate,
          code: `${country.code}-standard`,
          name: country.tax_name,
        },
      })),
    })
    for (const taxRegion of result) {
      byKey.set(key(taxRegion.country_code), taxRegion.id)
    }
    ctx.log(`created tax regions for ${missingCountries.map((c) => c.code).join(", ")}`)
  }

  const missingProvinces = countries.flatMap((country) =>
    (country.provinces ?? [])
      .filter((province) => !byKey.has(key(country.code, province.code)))
      .map((province) => ({ country, province }))
  )
  if (missingProvinces.length) {
    await createTaxRegionsWorkflow(ctx.container).run({
      input: missingProvinces.map(({ country, province }) => ({
        country_code: country.code,
        province_code: province.code,
        parent_id: byKey.get(key(country.code)),
        default_tax_rate: {
          rate: province.tax_rate,
          code: `${province.code}-sales-tax`,
          name: province.tax_name,
        },
      })),
    })
    ctx.log(`created tax regions for ${missingProvinces.map((p) => p.province.code).join(", ")}`)
  }
}

async function ensureStockLocation(ctx: SeedContext, seed: StoreSeed, salesChannelId: string): Promise<string> {
  const { data } = await ctx.query.graph({
    entity: "stock_location",
    fields: ["id"],
    filters: { name: seed.stock_location.name },
  })
  if (data[0]) {
    return data[0].id
  }
  const { result } = await createStockLocationsWorkflow(ctx.container).run({
    input: { locations: [seed.stock_location] },
  })
  const locationId = result[0].id
  const link = ctx.container.resolve("link")
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: MANUAL_FULFILLMENT_PROVIDER },
  })
  await linkSalesChannelsToStockLocationWorkflow(ctx.container).run({
    input: { id: locationId, add: [salesChannelId] },
  })
  ctx.log(`created stock location "${seed.stock_location.name}"`)
  return locationId
}

async function ensureShippingProfile(ctx: SeedContext): Promise<string> {
  const { data } = await ctx.query.graph({
    entity: "shipping_profile",
    fields: ["id"],
    filters: { type: "default" },
  })
  if (data[0]) {
    return data[0].id
  }
  const { result } = await createShippingProfilesWorkflow(ctx.container).run({
    input: { data: [{ name: "Default shipping profile", type: "default" }] },
  })
  return result[0].id
}

async function ensureShipping(ctx: SeedContext, seed: StoreSeed, setup: Omit<StoreSetup, "regionIds">) {
  const fulfillment = ctx.container.resolve(Modules.FULFILLMENT)
  let [fulfillmentSet] = await fulfillment.listFulfillmentSets(
    { name: seed.fulfillment_set },
    { relations: ["service_zones"] }
  )
  if (!fulfillmentSet) {
    fulfillmentSet = await fulfillment.createFulfillmentSets({
      name: seed.fulfillment_set,
      type: "shipping",
    })
    const link = ctx.container.resolve("link")
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: setup.stockLocationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    ctx.log(`created fulfillment set "${seed.fulfillment_set}"`)
  }
  const zones = new Map((fulfillmentSet.service_zones ?? []).map((z) => [z.name, z.id]))
  const missingZones = seed.regions.filter((region) => !zones.has(region.name))
  if (missingZones.length) {
    const { result } = await createServiceZonesWorkflow(ctx.container).run({
      input: {
        data: missingZones.map((region) => ({
          name: region.name,
          fulfillment_set_id: fulfillmentSet.id,
          geo_zones: region.countries.map((country) => ({
            type: "country" as const,
            country_code: country.code,
          })),
        })),
      },
    })
    for (const zone of result) {
      zones.set(zone.name, zone.id)
    }
  }

  const { data: existingOptions } = await ctx.query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "service_zone_id"],
  })
  const exists = new Set(existingOptions.map((o) => `${o.service_zone_id}/${o.name}`))
  const missingOptions = seed.regions.flatMap((region) =>
    region.shipping
      .filter((option) => !exists.has(`${zones.get(region.name)}/${option.name}`))
      .map((option) => ({ region, option }))
  )
  const missingReturns = seed.regions.filter(
    (region) => !exists.has(`${zones.get(region.name)}/${region.return_shipping.name}`)
  )
  if (missingReturns.length) {
    await createShippingOptionsWorkflow(ctx.container).run({
      input: missingReturns.map((region) => ({
        name: region.return_shipping.name,
        price_type: "flat" as const,
        provider_id: MANUAL_FULFILLMENT_PROVIDER,
        service_zone_id: zones.get(region.name)!,
        shipping_profile_id: setup.shippingProfileId,
        type: { label: region.return_shipping.name, description: region.return_shipping.description, code: "return" },
        prices: [{ currency_code: region.currency_code, amount: region.return_shipping.price }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "true", operator: "eq" as const },
        ],
      })),
    })
    ctx.log(`created return shipping for ${missingReturns.map((r) => r.name).join(", ")}`)
  }
  if (!missingOptions.length) {
    return
  }
  await createShippingOptionsWorkflow(ctx.container).run({
    input: missingOptions.map(({ region, option }) => ({
      name: option.name,
      price_type: "flat" as const,
      provider_id: MANUAL_FULFILLMENT_PROVIDER,
      service_zone_id: zones.get(region.name)!,
      shipping_profile_id: setup.shippingProfileId,
      type: { label: option.name, description: option.description, code: option.code },
      prices: [
        { currency_code: region.currency_code, amount: option.price },
        ...(option.free_from === undefined
          ? []
          : [
              {
                currency_code: region.currency_code,
                amount: 0,
                rules: [{ attribute: "item_total", operator: "gte" as const, value: option.free_from }],
              },
            ]),
      ],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
        { attribute: "is_return", value: "false", operator: "eq" as const },
      ],
    })),
  })
  ctx.log(`created shipping options: ${missingOptions.map((m) => `${m.region.name} ${m.option.code}`).join(", ")}`)
}

async function ensurePublishableKey(ctx: SeedContext, seed: StoreSeed, salesChannelId: string) {
  const { data } = await ctx.query.graph({
    entity: "api_key",
    fields: ["id"],
    filters: { title: seed.publishable_key, type: "publishable" },
  })
  if (data[0]) {
    return
  }
  const { result } = await createApiKeysWorkflow(ctx.container).run({
    input: { api_keys: [{ title: seed.publishable_key, type: "publishable", created_by: "seed" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(ctx.container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  ctx.log(`created publishable API key "${seed.publishable_key}"`)
}

/** Promotion codes (percentage off the order), created when missing. */
async function ensurePromotions(ctx: SeedContext, seed: StoreSeed) {
  if (!seed.promotions.length) {
    return
  }
  const { data } = await ctx.query.graph({
    entity: "promotion",
    fields: ["code"],
    filters: { code: seed.promotions.map((p) => p.code) },
  })
  const present = new Set(data.map((p) => p.code))
  const missing = seed.promotions.filter((promotion) => !present.has(promotion.code))
  if (!missing.length) {
    return
  }
  await createPromotionsWorkflow(ctx.container).run({
    input: {
      promotionsData: missing.map((promotion) => ({
        code: promotion.code,
        type: "standard" as const,
        status: "active" as const,
        is_automatic: false,
        application_method: { type: "percentage" as const, target_type: "order" as const, value: promotion.percentage },
      })),
    },
  })
  ctx.log(`created promotions ${missing.map((p) => p.code).join(", ")}`)
}

/** The reasons offered when a return is started, created when missing (matched by value). */
async function ensureReturnReasons(ctx: SeedContext, seed: StoreSeed) {
  if (!seed.return_reasons.length) {
    return
  }
  const { data } = await ctx.query.graph({ entity: "return_reason", fields: ["value"] })
  const present = new Set(data.map((r) => r.value))
  const missing = seed.return_reasons.filter((reason) => !present.has(reason.value))
  if (!missing.length) {
    return
  }
  await createReturnReasonsWorkflow(ctx.container).run({ input: { data: missing } })
  ctx.log(`created return reasons ${missing.map((r) => r.value).join(", ")}`)
}

export async function seedStore(ctx: SeedContext, seed: StoreSeed): Promise<StoreSetup> {
  const salesChannelId = await ensureSalesChannel(ctx, seed)
  await ensureStore(ctx, seed, salesChannelId)
  const regionIds = await ensureRegions(ctx, seed)
  await ensureTaxRegions(ctx, seed.regions)
  const stockLocationId = await ensureStockLocation(ctx, seed, salesChannelId)
  const shippingProfileId = await ensureShippingProfile(ctx)
  const setup = { salesChannelId, stockLocationId, shippingProfileId }
  await ensureShipping(ctx, seed, setup)
  await ensurePublishableKey(ctx, seed, salesChannelId)
  await ensurePromotions(ctx, seed)
  await ensureReturnReasons(ctx, seed)
  return { ...setup, regionIds }
}
