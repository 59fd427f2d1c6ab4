import { joinLines, type ProductActive } from "@lacremeluxe/shared"
import type { InferTypeOf } from "@medusajs/framework/types"
import type SkincareProfile from "./models/skincare-profile"

type ProfileRecord = InferTypeOf<typeof SkincareProfile>

/** A skincare profile as workflows create or replace it (the record without its bookkeeping). */
export type SkincareProfileInput = Omit<
  ProfileRecord,
  | "id"
  | "created_at"
  | "updated_at"
  | "deleted_at"
  | "actives"
  | "warnings"
  | Extract<keyof ProfileRecord, `raw_${string}`>
> & { actives: ProductActive[] | null; warnings: string[] }

/**
 * A profile's values as the module stores them: Medusa types a JSON column as an object, while
 * `actives` holds a list (PostgreSQL's jsonb stores either); `warnings` is one text with one
 * warning per line, because only text fields translate.
 */
export const asColumns = <T extends Partial<SkincareProfileInput>>({ warnings, ...values }: T) =>
  ({ ...values, ...(warnings ? { warnings: joinLines(warnings) } : {}) }) as Omit<T, "actives" | "warnings"> & {
    actives?: Record<string, unknown> | null
    warnings?: string
  }
