import { admin, adminToken } from "./api"

/**
 * A promotion staff create in Medusa Admin (standard, active), with a code of its own made from
 * `prefix` and the rest of the Admin API's body in `body`; `remove` deletes it.
 */
export async function staffPromotion(prefix: string, body: Record<string, unknown>) {
  const token = await adminToken()
  const code = `${prefix}-${Date.now().toString(36).toUpperCase()}`
  const created = await admin("/admin/promotions", {
    token,
    body: { code, type: "standard", status: "active", ...body },
  })
  if (created.status !== 200) {
    throw new Error(`promotion not created: ${created.status} ${JSON.stringify(created.body)}`)
  }
  return {
    code,
    remove: () => admin(`/admin/promotions/${created.body.promotion.id}`, { token, method: "DELETE" }),
  }
}
