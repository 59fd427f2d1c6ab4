/** The store `npm test` booted for this run (see scripts/test.mjs). */

function required(name: string): string {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set: run the suite with \`npm test\`, which boots the store first.`)
  }
  return value
}

export const stack = {
  get backendUrl() {
    return required("LCL_BACKEND_URL")
  },
  get storefrontUrl() {
    return required("LCL_STOREFRONT_URL")
  },
  get publishableKey() {
    return required("LCL_PUBLISHABLE_KEY")
  },
  get databaseUrl() {
    return required("LCL_DATABASE_URL")
  },
  /** Where the booted backend and storefront write their logs (backend.log, storefront.log). */
  get logDir() {
    return required("LCL_LOG_DIR")
  },
  /** The environment the backend runs with, for commands against the same database. */
  get backendEnv(): Record<string, string> {
    return JSON.parse(required("LCL_BACKEND_ENV"))
  },
  /** The local fake of Stripe's API the backend's Stripe provider talks to (tests/fakes/stripe). */
  get stripe() {
    const env = this.backendEnv
    return {
      apiUrl: env.STRIPE_TEST_API_URL,
      secretKey: env.STRIPE_API_KEY,
      webhookSecret: env.STRIPE_WEBHOOK_SECRET,
      publishableKey: required("LCL_STRIPE_PUBLISHABLE_KEY"),
    }
  },
  admin: {
    email: process.env.ADMIN_EMAIL ?? "admin@lacremeluxe.test",
    password: process.env.ADMIN_PASSWORD ?? "lacremeluxe-admin",
  },
}
