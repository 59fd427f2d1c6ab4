import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type SeedContext = {
  container: ExecArgs["container"]
  query: ReturnType<typeof queryOf>
  log: (message: string) => void
  isProduction: boolean
}

function queryOf(container: ExecArgs["container"]) {
  return container.resolve(ContainerRegistrationKeys.QUERY)
}

export function seedContext({ container }: ExecArgs): SeedContext {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  return {
    container,
    query: queryOf(container),
    log: (message) => logger.info(`seed: ${message}`),
    isProduction: process.env.NODE_ENV === "production",
  }
}
