import type { AdminUpdateGuideSectionType, GuideSectionKind } from "@lacremeluxe/shared"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

// ---------------------------------------------------------------------------------------------
// Types: the admin guide API's contract (GET /admin/guides, GET /admin/guides/:handle,
// POST /admin/guides/:handle/sections/:id).
// ---------------------------------------------------------------------------------------------

export type GuideCategory = {
  id: string
  name: string
  handle: string
}

export type GuideBundle = {
  id: string
  title: string
  handle: string
}

export type GuideSection = {
  id: string
  handle: string
  kind: GuideSectionKind
  title: string
  body: string
  position: number
  how_often: string | null
  precautions: string[]
  category: GuideCategory | null
  bundle: GuideBundle | null
}

export type Guide = {
  id: string
  handle: string
  title: string
  summary: string
  sections: GuideSection[]
}

/** The body of POST /admin/guides/:handle/sections/:id. Every field is optional. */
export type UpdateGuideSectionInput = AdminUpdateGuideSectionType

/** A product category offered in the section form's category select. */
export type CategoryOption = GuideCategory

/** A bundle product offered in the section form's "shop this step" select. */
export type BundleOption = GuideBundle

type GuideListResponse = { guides: Guide[] }
type GuideResponse = { guide: Guide }
type GuideSectionResponse = { section: GuideSection }
type ProductCategoryListResponse = { product_categories: CategoryOption[] }
type ProductTypeListResponse = { product_types: { id: string }[] }
type ProductListResponse = { products: BundleOption[] }

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Sections in reading order (by position; the API already sends them so, this is a safeguard). */
export function sortSections(sections: readonly GuideSection[]): GuideSection[] {
  return [...sections].sort((a, b) => a.position - b.position)
}

/** Whether a section has the step-only fields (how often, precautions, category, bundle). */
export function isStep(section: Pick<GuideSection, "kind">): boolean {
  return section.kind === "step"
}

/** The HTTP status of a failed request (the JS SDK throws a FetchError carrying it), if any. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "status" in error) {
    const { status } = error as { status: unknown }
    return typeof status === "number" ? status : undefined
  }
  return undefined
}

/**
 * A readable message for a failed request. The JS SDK turns the API's JSON `{ message }` into the
 * thrown error's message (falling back to the HTTP status text), so that is what staff see.
 */
export function errorMessage(error: unknown, fallback = "Something went wrong. Please try again."): string {
  if (error instanceof Error && error.message.trim().length > 0) {
    return error.message
  }
  if (typeof error === "string" && error.trim().length > 0) {
    return error
  }
  return fallback
}

/** Retry a failed read once, but never on a client error (404 not found, 401 signed out…). */
export function retryUnlessClientError(failureCount: number, error: unknown): boolean {
  const status = httpStatus(error)
  if (status !== undefined && status >= 400 && status < 500) {
    return false
  }
  return failureCount < 1
}

const byText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "base" })

const guidePath = (handle: string) => `/admin/guides/${encodeURIComponent(handle)}`

// ---------------------------------------------------------------------------------------------
// API calls
// ---------------------------------------------------------------------------------------------

export async function listGuides(): Promise<Guide[]> {
  const { guides } = await sdk.client.fetch<GuideListResponse>("/admin/guides", {
    method: "GET",
  })
  return guides.map((guide) => ({ ...guide, sections: sortSections(guide.sections) }))
}

export async function retrieveGuide(handle: string): Promise<Guide> {
  const { guide } = await sdk.client.fetch<GuideResponse>(guidePath(handle), {
    method: "GET",
  })
  return { ...guide, sections: sortSections(guide.sections) }
}

export async function updateGuideSection(
  handle: string,
  sectionId: string,
  input: UpdateGuideSectionInput
): Promise<GuideSection> {
  const { section } = await sdk.client.fetch<GuideSectionResponse>(
    `${guidePath(handle)}/sections/${encodeURIComponent(sectionId)}`,
    { method: "POST", body: input }
  )
  return section
}

/** Product categories to link a step to (up to 100, sorted by name). */
export async function listCategoryOptions(): Promise<CategoryOption[]> {
  const { product_categories } = await sdk.client.fetch<ProductCategoryListResponse>("/admin/product-categories", {
    method: "GET",
    query: { fields: "id,name,handle", limit: 100 },
  })
  return [...product_categories].sort((a, b) => byText(a.name, b.name))
}

/**
 * Bundle products to offer as a step's "shop this step" bundle: the products whose product type
 * has the value "Bundle" (up to 100, sorted by title). No such type means no bundles yet.
 */
export async function listBundleOptions(): Promise<BundleOption[]> {
  const { product_types } = await sdk.client.fetch<ProductTypeListResponse>("/admin/product-types", {
    method: "GET",
    query: { value: "Bundle", fields: "id" },
  })
  if (product_types.length === 0) {
    return []
  }
  const { products } = await sdk.client.fetch<ProductListResponse>("/admin/products", {
    method: "GET",
    query: {
      type_id: product_types.map((type) => type.id),
      fields: "id,title,handle",
      limit: 100,
    },
  })
  return [...products].sort((a, b) => byText(a.title, b.title))
}

// ---------------------------------------------------------------------------------------------
// React Query (the dashboard's QueryClient is shared with extensions)
// ---------------------------------------------------------------------------------------------

export const guideQueryKeys = {
  all: ["guides"] as const,
  list: () => [...guideQueryKeys.all, "list"] as const,
  detail: (handle: string) => [...guideQueryKeys.all, "detail", handle] as const,
}

export const guideOptionQueryKeys = {
  categories: ["guide-options", "product-categories"] as const,
  bundles: ["guide-options", "bundles"] as const,
}

export function useGuides() {
  return useQuery({
    queryKey: guideQueryKeys.list(),
    queryFn: listGuides,
    retry: retryUnlessClientError,
  })
}

export function useGuide(handle: string) {
  return useQuery({
    queryKey: guideQueryKeys.detail(handle),
    queryFn: () => retrieveGuide(handle),
    enabled: handle.length > 0,
    retry: retryUnlessClientError,
  })
}

export function useCategoryOptions() {
  return useQuery({
    queryKey: guideOptionQueryKeys.categories,
    queryFn: listCategoryOptions,
    retry: retryUnlessClientError,
  })
}

export function useBundleOptions() {
  return useQuery({
    queryKey: guideOptionQueryKeys.bundles,
    queryFn: listBundleOptions,
    retry: retryUnlessClientError,
  })
}

export type UpdateGuideSectionVariables = {
  sectionId: string
  input: UpdateGuideSectionInput
}

/**
 * Saves one section of the guide `handle`. On success the saved section replaces the cached one
 * at once, then every cached guide query (this guide and the list) is invalidated and refetched;
 * the mutation stays pending until that refetch is done.
 */
export function useUpdateGuideSection(handle: string) {
  const queryClient = useQueryClient()

  return useMutation<GuideSection, Error, UpdateGuideSectionVariables>({
    mutationFn: ({ sectionId, input }) => updateGuideSection(handle, sectionId, input),
    onSuccess: async (section) => {
      queryClient.setQueryData<Guide>(guideQueryKeys.detail(handle), (guide) =>
        guide
          ? {
              ...guide,
              sections: sortSections(guide.sections.map((current) => (current.id === section.id ? section : current))),
            }
          : guide
      )
      await queryClient.invalidateQueries({ queryKey: guideQueryKeys.all })
    },
  })
}
