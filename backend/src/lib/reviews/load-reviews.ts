import type { MedusaContainer, RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type RatingSummary, type StoreReview, type StoreReviewsResponse, summariseRatings } from "@lacremeluxe/shared"
import { REVIEW_MODULE } from "../../modules/review"
import type ReviewModuleService from "../../modules/review/service"
import { BUNDLE_TYPE } from "../catalog/bundles"

type Query = Omit<RemoteQueryFunction, symbol>

export type ReviewRow = {
  id: string
  product_id: string
  customer_id: string | null
  author: string | null
  rating: number
  title: string
  text: string
  skin_type: string | null
  status: string
  verified_buyer: boolean
  submitted_at: string | Date
  reply: string | null
  replied_at: string | Date | null
}

const iso = (value: string | Date | null) => (value === null ? null : new Date(value).toISOString())

/** A review as shoppers see it: its words as written (the storefront shows them as text). */
export function toStoreReview(row: ReviewRow): StoreReview {
  return {
    id: row.id,
    rating: row.rating,
    title: row.title,
    text: row.text,
    skin_type: row.skin_type as StoreReview["skin_type"],
    author: row.author,
    verified_buyer: row.verified_buyer,
    created_at: iso(row.submitted_at)!,
    reply: row.reply,
    replied_at: iso(row.replied_at),
  }
}

/**
 * The product as this shopper may see it: published and in the publishable key's sales channel,
 * else it does not exist (404). Answers its id and whether it is a step set.
 */
export async function shopperProduct(
  query: Query,
  productId: string,
  salesChannelId: string
): Promise<{ id: string; is_bundle: boolean }> {
  const { data: links } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { product_id: productId, sales_channel_id: salesChannelId },
  })
  const { data } = links.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "type.value"],
        filters: { id: productId, status: "published" },
      })
    : { data: [] }
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product with the id "${productId}" in this store.`)
  }
  return { id: data[0].id, is_bundle: data[0].type?.value === BUNDLE_TYPE }
}

/**
 * For each step set, the products it is made of (through its inventory kit). Other sets drawing
 * on the same inventory items (the complete routine shares each step set's products) are not
 * among them.
 */
export async function setComponents(query: Query, setIds: string[]): Promise<Map<string, string[]>> {
  const components = new Map<string, string[]>()
  if (!setIds.length) return components
  const { data: sets } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "variants.inventory_items.inventory.variants.product_id",
      "variants.inventory_items.inventory.variants.product.type.value",
    ],
    filters: { id: setIds },
  })
  type Drawing = { product_id: string; product?: { type?: { value?: string | null } | null } | null }
  for (const set of sets as unknown as {
    id: string
    variants?: { inventory_items?: { inventory?: { variants?: Drawing[] } }[] }[]
  }[]) {
    const ids = (set.variants ?? []).flatMap((variant) =>
      (variant.inventory_items ?? []).flatMap((item) =>
        (item.inventory?.variants ?? []).flatMap((v) => (v.product?.type?.value === BUNDLE_TYPE ? [] : [v.product_id]))
      )
    )
    components.set(set.id, [...new Set(ids)])
  }
  return components
}

/**
 * Approved reviews in figures, per product. A step set (`setIds`) gets its components' reviews
 * pooled, marked `of_set`: shoppers review the products, not the box.
 */
export async function ratingSummaries(
  container: MedusaContainer,
  productIds: string[],
  setIds: string[] = []
): Promise<Map<string, RatingSummary>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const components = await setComponents(query, setIds)
  const wanted = [...new Set([...productIds, ...[...components.values()].flat()])]
  const reviews = wanted.length
    ? await container
        .resolve<ReviewModuleService>(REVIEW_MODULE)
        .listReviews({ product_id: wanted, status: "approved" }, { select: ["product_id", "rating"] })
    : []
  const ratingsOf = (ids: string[]) => reviews.filter((r) => ids.includes(r.product_id)).map((r) => r.rating)
  return new Map(
    productIds.map((id) => {
      const parts = components.get(id)
      return [id, parts ? { ...summariseRatings(ratingsOf(parts)), of_set: true } : summariseRatings(ratingsOf([id]))]
    })
  )
}

/** A product's approved reviews, newest first, with its figures (a set: its components'). */
export async function loadStoreReviews(
  container: MedusaContainer,
  product: { id: string; is_bundle: boolean },
  { limit, offset }: { limit: number; offset: number }
): Promise<StoreReviewsResponse> {
  const summaries = await ratingSummaries(container, [product.id], product.is_bundle ? [product.id] : [])
  const [rows] = await container
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listAndCountReviews(
      { product_id: product.id, status: "approved" },
      { order: { submitted_at: "DESC", id: "DESC" }, skip: offset, take: limit }
    )
  return {
    ...summaries.get(product.id)!,
    reviews: (rows as unknown as ReviewRow[]).map(toStoreReview),
    limit,
    offset,
  }
}
