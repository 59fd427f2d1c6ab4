import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

/** The visitor's region (id and currency), or a 400 that names the unknown id. */
export async function loadRegion(query: Omit<RemoteQueryFunction, symbol>, regionId: string) {
  const { data } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: regionId } })
  if (!data[0]) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no region with the id "${regionId}".`)
  }
  return data[0] as { id: string; currency_code: string }
}
