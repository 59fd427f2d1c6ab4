import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, getVariantAvailability } from "@medusajs/framework/utils"
import { type Locale, storeLocale } from "@lacremeluxe/shared"
import { type AlertVariant, loadAlertVariants } from "../../../lib/alerts/load"
import { ALERTS_MODULE } from "../../../modules/alerts"
import type AlertsModuleService from "../../../modules/alerts/service"

/** `variant`: named in the alert's language. */
export type DueAlert = { id: string; email: string; country_code: string; locale: Locale; variant: AlertVariant }

/**
 * The confirmed alerts on these products' variants that are sellable again in the alert's sales
 * channel — a set only while every component has its units (Medusa's kit availability). Reads only.
 */
export const findBackInStockStep = createStep("find-back-in-stock", async (handles: string[], { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const alertsService: AlertsModuleService = container.resolve(ALERTS_MODULE)
  const { data: products } = handles.length
    ? await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle: handles } })
    : { data: [] }
  const variantIds = (products as { variants?: ({ id: string } | null)[] | null }[]).flatMap((product) =>
    (product.variants ?? []).flatMap((variant) => (variant ? [variant.id] : []))
  )
  if (!variantIds.length) return new StepResponse([] as DueAlert[])
  const alerts = await alertsService.listStockAlerts({ variant_id: variantIds, status: "confirmed" }, { take: 10_000 })
  // The variants in each language the alerts speak: `${locale} ${variant id}` → variant.
  const variants = new Map<string, AlertVariant>()
  for (const locale of new Set(alerts.map((alert) => storeLocale(alert.locale)))) {
    for (const variant of await loadAlertVariants(query, variantIds, locale)) {
      variants.set(`${locale} ${variant.id}`, variant)
    }
  }
  const due: DueAlert[] = []
  for (const channel of new Set(alerts.map((alert) => alert.sales_channel_id))) {
    const inChannel = alerts.filter((alert) => alert.sales_channel_id === channel)
    const availability = await getVariantAvailability(query, {
      variant_ids: [...new Set(inChannel.map((alert) => alert.variant_id))],
      sales_channel_id: channel,
    })
    for (const alert of inChannel) {
      const locale = storeLocale(alert.locale)
      const variant = variants.get(`${locale} ${alert.variant_id}`)
      if (variant && (availability[alert.variant_id]?.availability ?? 0) > 0) {
        due.push({ id: alert.id, email: alert.email, country_code: alert.country_code, locale, variant })
      }
    }
  }
  return new StepResponse(due)
})
