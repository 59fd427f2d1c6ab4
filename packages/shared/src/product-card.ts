import type { RatingSummary } from "./reviews.js"

/** A product as a card shows it (guide, routine, shop), priced for the visitor's region. */
export type ProductCard = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  /** The lowest variant price in the region's currency, tax as the region shows it; null when not sold there. */
  price: number | null
  /** Whether any size can be sold now; unknown where the answer does not say. */
  in_stock?: boolean
  /** Approved reviews in figures (a step set: its components' average); absent where the answer does not say. */
  rating?: RatingSummary | null
}
