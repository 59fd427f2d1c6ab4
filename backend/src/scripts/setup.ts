import { writeFile } from "node:fs/promises"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addMissingRoutineFacts } from "../lib/seed/catalog"
import { seedContext } from "../lib/seed/context"
import { readSeedData } from "../lib/seed/data"
import { offerStripeInRegions } from "../lib/seed/payment-providers"
import { seedTranslations } from "../lib/seed/translations"
import { nameInventoryItemsWorkflow } from "../workflows/name-inventory-items"
import ensureAdmin from "./ensure-admin"
import seed from "./seed"

/**
 * What runs before the server starts (`npm start`, the container's entrypoint): seed an empty
 * store, offer Stripe in every region when it is configured, name inventory items still titled
 * with a bare size after their product, make sure the first staff account exists, and hand the storefront its publishable key
 * through PUBLISHABLE_KEY_FILE, so nobody copies it by hand.
 */
export default async function setup(args: ExecArgs) {
  const query = args.container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = args.container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { take: 1 },
  })
  if (products.length) {
    logger.info("seed: the store has products; not seeding")
    // Stores seeded before the store spoke German and French get the translations staff lack.
    await seedTranslations(seedContext(args), (await readSeedData()).directory)
  } else {
    await seed(args)
  }
  await offerStripeInRegions(seedContext(args))
  // Stores seeded before the routine existed get its facts on their seeded products' profiles.
  await addMissingRoutineFacts(seedContext(args), await readSeedData())
  // Stores seeded before inventory items carried their product's name get them renamed once.
  const { result: renamed } = await nameInventoryItemsWorkflow(args.container).run({ input: {} })
  if (renamed.length) {
    logger.info(`setup: named ${renamed.length} inventory item${renamed.length === 1 ? "" : "s"} after their products`)
  }
  await ensureAdmin(args)

  const keyFile = process.env.PUBLISHABLE_KEY_FILE
  if (keyFile) {
    const { store } = await readSeedData()
    const { data: keys } = await query.graph({
      entity: "api_key",
      fields: ["token", "revoked_at"],
      filters: { title: store.publishable_key, type: "publishable" },
    })
    const key = keys.find((k) => !k.revoked_at)
    if (!key) {
      throw new Error(
        `No publishable API key titled "${store.publishable_key}": create one in Medusa Admin (Settings → Publishable API keys).`
      )
    }
    await writeFile(keyFile, `${key.token}\n`, { mode: 0o600 })
    logger.info(`setup: wrote the storefront's publishable key to ${keyFile}`)
  }
}
