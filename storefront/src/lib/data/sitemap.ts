import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS } from "@lacremeluxe/shared"
import { medusa } from "./medusa"
import { PUBLIC_REVALIDATE_SECONDS } from "../util/tags"

/** Every published product's handle, for the sitemap. */
export async function listProductHandles(): Promise<string[]> {
  const { products } = await medusa().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: { fields: "handle", limit: 500 },
    next: { tags: [CACHE_TAGS.catalog], revalidate: PUBLIC_REVALIDATE_SECONDS },
    cache: "force-cache",
  })
  return products.map((product) => product.handle)
}
