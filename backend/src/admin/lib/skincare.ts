import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import {
  ACTIVES,
  type Active,
  CONCERNS,
  type Concern,
  FREQUENCIES,
  type Frequency,
  SKIN_TYPES,
  type SkinType,
  TIMES_OF_DAY,
  type TimeOfDay,
  VOCABULARY_LABELS,
  type AdminSaveSkincareProfileType,
  type ProductSkincare,
} from "@lacremeluxe/shared"
import { retryUnlessClientError } from "./guides"
import { sdk } from "./sdk"

export { ACTIVES, CONCERNS, FREQUENCIES, SKIN_TYPES, TIMES_OF_DAY }
export type { Active, Concern, Frequency, SkinType, TimeOfDay }

// ---------------------------------------------------------------------------------------------
// Types: the admin skincare API's contract (GET and POST /admin/products/:id/skincare).
// ---------------------------------------------------------------------------------------------

/** A saved profile: what shoppers read on the product page, and its id. */
export type SkincareProfile = ProductSkincare & { id: string }

/** The body of POST /admin/products/:id/skincare: the whole profile, replacing the saved one. */
export type SkincareProfileInput = AdminSaveSkincareProfileType

/** `null` when the product has no skincare profile yet. */
type SkincareProfileResponse = { skincare_profile: SkincareProfile | null }
type SavedSkincareProfileResponse = { skincare_profile: SkincareProfile }

// ---------------------------------------------------------------------------------------------
// Words for the vocabularies, as staff read them
// ---------------------------------------------------------------------------------------------

export const SKIN_TYPE_LABELS: Record<SkinType, string> = VOCABULARY_LABELS["en-GB"].skin_types

export const CONCERN_LABELS: Record<Concern, string> = VOCABULARY_LABELS["en-GB"].concerns

export const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = VOCABULARY_LABELS["en-GB"].times_of_day

export const ACTIVE_LABELS: Record<Active, string> = {
  retinoid: "Retinoid (retinol, retinal)",
  aha: "AHA (glycolic, lactic, mandelic acid)",
  bha: "BHA (salicylic acid)",
  pha: "PHA (gluconolactone)",
  niacinamide: "Niacinamide",
  "hyaluronic-acid": "Hyaluronic acid",
  ceramide: "Ceramides",
  clay: "Clay",
  charcoal: "Charcoal",
  "spf-filter": "UV filters (SPF)",
}

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  daily: "Daily",
  twice_daily: "Twice a day",
  one_to_two_weekly: "1–2 times a week",
  weekly: "Weekly",
}

/**
 * The label of a vocabulary value. A value the admin does not know yet (the vocabulary grew on
 * the server first) is shown as it is stored rather than as nothing.
 */
export function vocabularyLabel<T extends string>(labels: Record<T, string>, value: T): string {
  return labels[value] ?? value
}

// ---------------------------------------------------------------------------------------------
// API calls
// ---------------------------------------------------------------------------------------------

const skincarePath = (productId: string) => `/admin/products/${encodeURIComponent(productId)}/skincare`

/** The product's skincare profile, or null when it has none yet. */
export async function retrieveSkincareProfile(productId: string): Promise<SkincareProfile | null> {
  const { skincare_profile } = await sdk.client.fetch<SkincareProfileResponse>(skincarePath(productId), {
    method: "GET",
  })
  return skincare_profile
}

/** Creates the product's skincare profile, or replaces every field of the saved one. */
export async function saveSkincareProfile(productId: string, input: SkincareProfileInput): Promise<SkincareProfile> {
  const { skincare_profile } = await sdk.client.fetch<SavedSkincareProfileResponse>(skincarePath(productId), {
    method: "POST",
    body: input,
  })
  return skincare_profile
}

// ---------------------------------------------------------------------------------------------
// React Query (the dashboard's QueryClient is shared with extensions)
// ---------------------------------------------------------------------------------------------

export const skincareQueryKeys = {
  detail: (productId: string) => ["skincare-profile", productId] as const,
  missing: ["skincare-profile", "missing"] as const,
}

/** A product still without a skincare profile (GET /admin/skincare-profiles/missing). */
export type ProductMissingSkincare = { id: string; title: string; status: string }

export async function listProductsMissingSkincare(): Promise<ProductMissingSkincare[]> {
  const { products } = await sdk.client.fetch<{ products: ProductMissingSkincare[] }>(
    "/admin/skincare-profiles/missing",
    { method: "GET" }
  )
  return products
}

export function useProductsMissingSkincare() {
  return useQuery({
    queryKey: skincareQueryKeys.missing,
    queryFn: listProductsMissingSkincare,
    retry: retryUnlessClientError,
  })
}

export function useSkincareProfile(productId: string) {
  return useQuery({
    queryKey: skincareQueryKeys.detail(productId),
    queryFn: () => retrieveSkincareProfile(productId),
    enabled: productId.length > 0,
    retry: retryUnlessClientError,
  })
}

/**
 * Saves the skincare profile of `productId`. On success the saved profile replaces the cached one
 * at once, then the query is invalidated and refetched; the mutation stays pending until then.
 */
export function useSaveSkincareProfile(productId: string) {
  const queryClient = useQueryClient()

  return useMutation<SkincareProfile, Error, SkincareProfileInput>({
    mutationFn: (input) => saveSkincareProfile(productId, input),
    onSuccess: async (profile) => {
      queryClient.setQueryData<SkincareProfile | null>(skincareQueryKeys.detail(productId), profile)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: skincareQueryKeys.detail(productId) }),
        queryClient.invalidateQueries({ queryKey: skincareQueryKeys.missing }),
      ])
    },
  })
}
