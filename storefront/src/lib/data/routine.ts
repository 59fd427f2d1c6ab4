import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { CACHE_TAGS, type ProductCard } from "@lacremeluxe/shared"
import { inLocale, medusa } from "./medusa"
import type { Region } from "./regions"
import { PUBLIC_REVALIDATE_SECONDS } from "../util/tags"

export const ROUTINE_CATEGORY_HANDLE = "pore-care-routine"

export type RoutineStep = {
  id: string
  handle: string
  name: string
  description: string
  position: number
  products: ProductCard[]
}

const cached = {
  next: { tags: [CACHE_TAGS.catalog, CACHE_TAGS.listings], revalidate: PUBLIC_REVALIDATE_SECONDS },
  cache: "force-cache" as const,
}

async function listStepCategories(locale: string) {
  const { product_categories } = await medusa().client.fetch<HttpTypes.StoreProductCategoryListResponse>(
    "/store/product-categories",
    {
      query: { fields: "id,name,handle,description,rank,parent_category.handle", limit: 100 },
      headers: inLocale(locale),
      ...cached,
    }
  )
  return product_categories
    .filter((category) => category.parent_category?.handle === ROUTINE_CATEGORY_HANDLE)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
}

function toCard(product: HttpTypes.StoreProduct): ProductCard {
  const prices = (product.variants ?? [])
    .map((variant) => variant.calculated_price?.calculated_amount)
    .filter((amount): amount is number => typeof amount === "number")
  return {
    id: product.id,
    handle: product.handle,
    title: product.title,
    subtitle: product.subtitle,
    thumbnail: product.thumbnail,
    price: prices.length ? Math.min(...prices) : null,
  }
}

/** The six steps of the routine in guide order, in the locale, each with its products priced for the region. */
export async function getRoutine(region: Region, locale: string): Promise<RoutineStep[]> {
  const steps = await listStepCategories(locale)
  const { products } = await medusa().client.fetch<HttpTypes.StoreProductListResponse>("/store/products", {
    query: {
      category_id: steps.map((step) => step.id),
      region_id: region.id,
      fields: "id,handle,title,subtitle,thumbnail,*categories,*variants.calculated_price",
      limit: 200,
      order: "title",
    },
    headers: inLocale(locale),
    ...cached,
  })
  return steps.map((step, position) => ({
    id: step.id,
    handle: step.handle,
    name: step.name,
    description: step.description,
    position: position + 1,
    products: products.filter((product) => product.categories?.some((category) => category.id === step.id)).map(toCard),
  }))
}
