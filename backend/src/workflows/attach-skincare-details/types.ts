import type { InferTypeOf } from "@medusajs/framework/types"
import type SkincareProfile from "../../modules/skincare/models/skincare-profile"

type SkincareProfileRecord = InferTypeOf<typeof SkincareProfile>

export type SkincareProfileInput = Omit<
  SkincareProfileRecord,
  "id" | "created_at" | "updated_at" | "deleted_at"
>

export type AttachSkincareDetailsInput = {
  products: { product_id: string; profile: SkincareProfileInput }[]
  variants: { variant_id: string; volume_ml: number }[]
}
