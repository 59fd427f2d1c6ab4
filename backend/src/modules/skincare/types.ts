import type { ProductActive } from "@lacremeluxe/shared"
import type { InferTypeOf } from "@medusajs/framework/types"
import type SkincareProfile from "./models/skincare-profile"

type ProfileRecord = InferTypeOf<typeof SkincareProfile>

/** A skincare profile as workflows create or replace it (the record without its bookkeeping). */
export type SkincareProfileInput = Omit<
  ProfileRecord,
  "id" | "created_at" | "updated_at" | "deleted_at" | "actives" | Extract<keyof ProfileRecord, `raw_${string}`>
> & { actives: ProductActive[] | null }

/**
 * A profile's values as the generated service types them: Medusa types a JSON column as an
 * object, while `actives` holds a list (PostgreSQL's jsonb stores either).
 */
export const asColumns = <T extends Partial<SkincareProfileInput>>(values: T) =>
  values as Omit<T, "actives"> & { actives?: Record<string, unknown> | null }
