import type { InferTypeOf } from "@medusajs/framework/types"
import type SkincareProfile from "./models/skincare-profile"

/** A skincare profile as workflows create or replace it (the record without its bookkeeping). */
export type SkincareProfileInput = Omit<
  InferTypeOf<typeof SkincareProfile>,
  "id" | "created_at" | "updated_at" | "deleted_at"
>
