/**
 * The answer of `GET /store/guides/:handle?region_id=`: the guide's sections in order, each step
 * with its products and its "shop this step" set, priced for the region.
 */
export const GUIDE_SECTION_KINDS = ["intro", "article", "step", "tips", "conclusion"] as const

export type GuideSectionKind = (typeof GUIDE_SECTION_KINDS)[number]

export type GuideProduct = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  price: number | null
  in_stock: boolean
}

export type GuideBundle = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  variant_id: string
  price: number
  components_total: number
  saving: number
  in_stock: boolean
  components: {
    product_id: string
    handle: string
    title: string
    thumbnail: string | null
    variant_id: string
    variant_title: string | null
    quantity: number
    unit_price: number
  }[]
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
  category: { id: string; handle: string; name: string } | null
  products: GuideProduct[]
  bundle: GuideBundle | null
}

export type Guide = {
  id: string
  handle: string
  title: string
  summary: string
  currency_code: string
  sections: GuideSection[]
}
