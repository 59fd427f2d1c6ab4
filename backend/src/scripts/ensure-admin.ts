import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { ConfigError, readAdminAccount } from "../lib/runtime-config"

/**
 * Creates the first staff account from ADMIN_EMAIL / ADMIN_PASSWORD when it does not exist yet.
 * An existing account is left as it is (its password may have been changed in the admin).
 */
export default async function ensureAdmin({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let account
  try {
    account = readAdminAccount(process.env)
  } catch (error) {
    if (error instanceof ConfigError) {
      logger.error(error.message)
      process.exitCode = 1
      return
    }
    throw error
  }
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email: account.email })
  if (existing) {
    logger.info(`admin: ${account.email} already exists`)
    return
  }
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: account.email, password: account.password },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not register ${account.email}: ${error ?? "no identity returned"}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email: account.email } },
  })
  logger.info(`admin: created ${account.email}`)
}
