import type { ExecArgs } from "@medusajs/framework/types"
import { seedCatalog } from "../lib/seed/catalog"
import { seedContext } from "../lib/seed/context"
import { readSeedData } from "../lib/seed/data"
import { seedGuides } from "../lib/seed/guide"
import { seedStore } from "../lib/seed/store"
import { seedTranslations } from "../lib/seed/translations"

/**
 * Brings the store to what seed/ describes. Each part creates only what is missing,
 * so a second run changes nothing.
 */
export default async function seed(args: ExecArgs) {
  const ctx = seedContext(args)
  const data = await readSeedData()
  ctx.log(`reading ${data.directory}: ${data.products.length} products`)
  const setup = await seedStore(ctx, data.store)
  await seedCatalog(ctx, data, setup)
  await seedGuides(ctx, data.directory)
  await seedTranslations(ctx, data.directory)
  ctx.log("done")
}
