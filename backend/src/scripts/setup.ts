import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ensureAdmin from "./ensure-admin"
import seed from "./seed"

/** What `npm start` runs before the server: seed an empty store, then the first staff account. */
export default async function setup(args: ExecArgs) {
  const query = args.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { take: 1 },
  })
  if (products.length) {
    args.container.resolve(ContainerRegistrationKeys.LOGGER).info("seed: store has products, not seeding")
  } else {
    await seed(args)
  }
  await ensureAdmin(args)
}
