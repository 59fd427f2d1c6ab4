import type { SkincareProfileInput } from "../../modules/skincare/types"

export type AttachSkincareDetailsInput = {
  products: { product_id: string; profile: SkincareProfileInput }[]
  variants: { variant_id: string; volume_ml: number }[]
}
