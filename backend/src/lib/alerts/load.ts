import type { BigNumberInput, MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { DEFAULT_LOCALE, type Locale, type ProductSkincare, storeLocale } from "@lacremeluxe/shared"
import { translationOf } from "../http/locale"
import { factsOf } from "../routine/catalog"
import { inventoryItemTitle } from "../stock/inventory-title"
import { kitLinks, units } from "../storefront/stock-tags"
import type { RefillLine } from "./refill-estimate"

type Query = Omit<RemoteQueryFunction, symbol>
type SizedVariant = {
  id: string
  title: string | null
  variant_size?: { volume_ml: number } | null
  product?: { title: string; skincare_profile?: ProductSkincare | null } | null
}

const quantity = (value: BigNumberInput | undefined) => (value === undefined ? 0 : units(value))

export type RefillOrder = {
  id: string
  email: string
  customer_id: string | null
  country_code: string
  /** The order's store locale (its cart's): Medusa wrote its lines' titles in it. */
  locale: Locale
  created_at: Date
  canceled: boolean
  lines: RefillLine[]
}

/**
 * An order as the refill estimate reads it: each line with the products it holds — a size is
 * itself, a set (inventory kit) its components' sizes, found through their inventory items —
 * with their millilitres and routine facts (skincare profile).
 */
export async function loadRefillOrder(container: MedusaContainer, orderId: string): Promise<RefillOrder> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "email",
      "status",
      "customer_id",
      "locale",
      "created_at",
      "shipping_address.country_code",
      "items.variant_id",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
      "items.detail.quantity",
    ],
    filters: { id: orderId },
  })
  type Item = {
    variant_id: string | null
    product_title: string | null
    variant_title: string | null
    quantity?: BigNumberInput
    detail?: { quantity?: BigNumberInput }
  }
  const order = data[0] as
    | {
        id: string
        email: string | null
        status: string
        customer_id: string | null
        locale?: string | null
        created_at: string | Date
        shipping_address?: { country_code?: string | null } | null
        items: (Item | null)[]
      }
    | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order id ${orderId} not found`)
  }
  const items = order.items.flatMap((item) => (item?.variant_id ? [item] : []))
  const lineKits = await kitLinks(query, { variant_id: items.map((item) => item.variant_id as string) })
  // A component's own size variant: the variant whose kit is that one inventory item alone.
  const itemIds = [...new Set(lineKits.map((link) => link.inventory_item_id))]
  const candidates = itemIds.length ? await kitLinks(query, { inventory_item_id: itemIds }) : []
  const candidateKits = candidates.length
    ? await kitLinks(query, { variant_id: [...new Set(candidates.map((link) => link.variant_id))] })
    : []
  const ownVariant = new Map<string, string>()
  for (const link of candidates) {
    const kit = candidateKits.filter((other) => other.variant_id === link.variant_id)
    if (kit.length === 1 && kit[0].inventory_item_id === link.inventory_item_id) {
      ownVariant.set(link.inventory_item_id, link.variant_id)
    }
  }
  const { data: variants } = ownVariant.size
    ? await query.graph({
        entity: "product_variant",
        fields: ["id", "title", "variant_size.volume_ml", "product.title", "product.skincare_profile.*"],
        filters: { id: [...new Set(ownVariant.values())] },
      })
    : { data: [] }
  const byId = new Map((variants as SizedVariant[]).map((variant) => [variant.id, variant]))
  return {
    id: order.id,
    email: order.email ?? "",
    customer_id: order.customer_id,
    country_code: order.shipping_address?.country_code?.toLowerCase() ?? "de",
    locale: storeLocale(order.locale),
    created_at: new Date(order.created_at),
    canceled: order.status === "canceled",
    lines: items.map((item) => ({
      variant_id: item.variant_id as string,
      title: inventoryItemTitle(item.product_title ?? "", item.variant_title),
      quantity: quantity(item.detail?.quantity ?? item.quantity),
      components: lineKits
        .filter((link) => link.variant_id === item.variant_id)
        .map((link) => {
          const variant = byId.get(ownVariant.get(link.inventory_item_id) ?? "")
          const profile = variant?.product?.skincare_profile
          return {
            volume_ml: variant?.variant_size?.volume_ml ?? null,
            units: units(link.required_quantity),
            product: profile ? { ...profile, facts: factsOf(profile) } : null,
          }
        }),
    })),
  }
}

export type AlertVariant = {
  id: string
  /** "Product · size", or the set's name. */
  title: string
  product_id: string
  handle: string
}

/**
 * Variants with their product's name and handle, for alerts' e-mails: "Product · size" when the
 * product comes in several sizes, else the product's name (a set, a single size) — in `locale`
 * (the Translation Module's text, English where a field has none).
 */
export async function loadAlertVariants(
  query: Query,
  ids: string[],
  locale: Locale = DEFAULT_LOCALE
): Promise<AlertVariant[]> {
  if (!ids.length) return []
  const options = { locale: translationOf(locale) }
  const { data } = await query.graph(
    { entity: "product_variant", fields: ["id", "title", "product_id"], filters: { id: ids } },
    options
  )
  const variants = data as { id: string; title: string | null; product_id: string | null }[]
  const productIds = [...new Set(variants.flatMap((variant) => (variant.product_id ? [variant.product_id] : [])))]
  const { data: products } = productIds.length
    ? await query.graph(
        { entity: "product", fields: ["id", "title", "handle", "variants.id"], filters: { id: productIds } },
        options
      )
    : { data: [] }
  type Product = { id: string; title: string; handle: string; variants?: unknown[] | null }
  const byId = new Map((products as Product[]).map((product) => [product.id, product]))
  return variants.flatMap((variant) => {
    const product = byId.get(variant.product_id ?? "")
    if (!product) return []
    const several = (product.variants?.length ?? 0) > 1
    return [
      {
        id: variant.id,
        title: several ? inventoryItemTitle(product.title, variant.title) : product.title,
        product_id: product.id,
        handle: product.handle,
      },
    ]
  })
}
