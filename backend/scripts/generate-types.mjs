// Writes .medusa/types (Query's entry points, the container's modules) the way `medusa build` does,
// without building: `npm run typecheck` needs them on a fresh clone, where Query's results are
// otherwise untyped.
import { createRequire } from "node:module"

// medusa-config.ts is TypeScript: register ts-node as the medusa CLI does.
createRequire(import.meta.url)("ts-node").register({})

const { initializeContainer } = await import("@medusajs/medusa/loaders/index")
const { generateTypes } = await import("@medusajs/medusa/commands/utils/generate-types")
const { ContainerRegistrationKeys } = await import("@medusajs/framework/utils")

const directory = process.cwd()
const container = await initializeContainer(directory, { skipDbConnection: true, throwOnValidationError: false })
await generateTypes({ directory, container, logger: container.resolve(ContainerRegistrationKeys.LOGGER) })
process.exit(0)
