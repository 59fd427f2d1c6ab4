import path from "node:path"

/**
 * Everything the backend reads from its environment, checked in one place so that a
 * misconfigured production server refuses to start with a sentence a person understands.
 * Pure: unit tests call it with a plain object.
 */

export const DEVELOPMENT_SECRET = "lacremeluxe-development-secret"
export const DEVELOPMENT_ADMIN_EMAIL = "admin@lacremeluxe.test"
export const DEVELOPMENT_ADMIN_PASSWORD = "lacremeluxe-admin"

const MIN_SECRET_LENGTH = 32

export type WorkerMode = "shared" | "worker" | "server"

export type RuntimeConfig = {
  isProduction: boolean
  port: number
  databaseUrl: string
  redisUrl: string | undefined
  backendUrl: string
  storeCors: string
  adminCors: string
  authCors: string
  jwtSecret: string
  cookieSecret: string
  /** Shared with the storefront's /api/revalidate route. */
  revalidateSecret: string
  /** The storefront's own secret with which it vouches for the shopper's address (x-client-ip). */
  clientIpSecret: string
  /** The storefront's public address, for links in e-mails. */
  storefrontPublicUrl: string
  /** Where the backend reaches the storefront (inside a compose network: http://storefront:8000). */
  storefrontInternalUrl: string
  workerMode: WorkerMode
  adminDisabled: boolean
  uploadDir: string
  /** Where the development mail provider writes e-mails (used when SMTP is not configured). */
  mailDirectory: string
  /** How e-mail leaves the store: SMTP when SMTP_URL is set (required in production). */
  mail: MailConfig
  /** Stripe through Medusa's provider, when STRIPE_API_KEY is set. */
  stripe: StripeConfig | undefined
  /**
   * Cart changes one API process works on at once (CART_CONCURRENCY, default 2; 0 = no limit);
   * the others wait in lanes, the paying shoppers first (lib/http/checkout-lanes.ts).
   */
  cartConcurrency: number
  /** Test setting only (CRASH_AT): where checkout kills the backend (tests/api/checkout-faults.test.ts). */
  crashAt: CrashPoint | undefined
  /**
   * Test setting only (REFILL_REMINDERS_NOW): the "now" with which `medusa exec
   * ./src/scripts/send-refill-reminders.js` runs the refill-reminder job (tests/api/refill-reminders.test.ts).
   */
  refillRemindersNow: Date | undefined
}

/** The fixed points of checkout where a fault test may kill the backend with SIGKILL. */
export const CRASH_POINTS = ["during-completion", "after-authorize"] as const
export type CrashPoint = (typeof CRASH_POINTS)[number]

export type StripeConfig = {
  apiKey: string
  webhookSecret: string
  /**
   * Test setting only (STRIPE_TEST_API_URL): the address of a local fake of Stripe's HTTP API.
   * Refused in production, so a real store can only ever talk to Stripe itself.
   */
  testApiUrl: URL | undefined
}

export const DEVELOPMENT_MAIL_FROM = "LACREMELUXE <orders@lacremeluxe.test>"

export type MailConfig = { transport: "smtp"; url: string; from: string } | { transport: "folder"; from: string }

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`The backend cannot start:\n${problems.map((p) => `  - ${p}`).join("\n")}`)
    this.name = "ConfigError"
  }
}

type Env = Record<string, string | undefined>

function secret(env: Env, name: string, isProduction: boolean, problems: string[]): string {
  const value = env[name]?.trim()
  if (!isProduction) {
    return value || DEVELOPMENT_SECRET
  }
  if (!value || value === DEVELOPMENT_SECRET) {
    problems.push(
      `${name} is not set (or is the development default). In production set it to a long random value, e.g. \`openssl rand -hex 32\`.`
    )
  } else if (value.length < MIN_SECRET_LENGTH) {
    problems.push(`${name} is shorter than ${MIN_SECRET_LENGTH} characters; use a long random value.`)
  }
  return value ?? ""
}

function workerMode(value: string | undefined, problems: string[]): WorkerMode {
  const mode = value ?? "shared"
  if (mode === "shared" || mode === "worker" || mode === "server") {
    return mode
  }
  problems.push(`MEDUSA_WORKER_MODE must be shared, worker or server (got "${mode}").`)
  return "shared"
}

/** Production as Medusa itself decides it (`isProduction` in @medusajs/utils: "production" or "prod"). */
function isProductionEnv(env: Env): boolean {
  return env.NODE_ENV === "production" || env.NODE_ENV === "prod"
}

export function readRuntimeConfig(env: Env): RuntimeConfig {
  const problems: string[] = []
  const isProduction = isProductionEnv(env)
  const port = Number(env.PORT ?? 9000)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    problems.push(`PORT must be a TCP port number (got "${env.PORT}").`)
  }
  // Not checked here: `medusa build` loads this config without a database.
  const databaseUrl = env.DATABASE_URL ?? ""
  const backendUrl = env.MEDUSA_BACKEND_URL ?? `http://localhost:${port}`
  const storefrontUrl = env.STOREFRONT_URL ?? "http://localhost:8000"
  const defaultCors = [storefrontUrl, backendUrl].join(",")

  const config: RuntimeConfig = {
    isProduction,
    port,
    databaseUrl,
    redisUrl: env.REDIS_URL || undefined,
    backendUrl,
    storeCors: env.STORE_CORS ?? storefrontUrl,
    adminCors: env.ADMIN_CORS ?? backendUrl,
    authCors: env.AUTH_CORS ?? defaultCors,
    jwtSecret: secret(env, "JWT_SECRET", isProduction, problems),
    cookieSecret: secret(env, "COOKIE_SECRET", isProduction, problems),
    revalidateSecret: secret(env, "REVALIDATE_SECRET", isProduction, problems),
    clientIpSecret: secret(env, "CLIENT_IP_SECRET", isProduction, problems),
    storefrontPublicUrl: storefrontUrl,
    storefrontInternalUrl: env.STOREFRONT_INTERNAL_URL ?? storefrontUrl,
    workerMode: workerMode(env.MEDUSA_WORKER_MODE, problems),
    adminDisabled: env.DISABLE_MEDUSA_ADMIN === "true",
    uploadDir: uploadDirectory(env),
    mailDirectory: path.resolve(env.MAIL_DIR ?? "mail"),
    mail: mailConfig(env, isProduction, problems),
    stripe: stripeConfig(env, isProduction, problems),
    cartConcurrency: cartConcurrency(env, problems),
    crashAt: crashPoint(env, isProduction, problems),
    refillRemindersNow: refillRemindersNow(env, isProduction, problems),
  }
  if (isProduction && config.clientIpSecret && config.clientIpSecret === config.revalidateSecret) {
    problems.push("CLIENT_IP_SECRET must differ from REVALIDATE_SECRET: each secret opens one door only.")
  }
  if (problems.length) {
    throw new ConfigError(problems)
  }
  return config
}

function stripeConfig(env: Env, isProduction: boolean, problems: string[]): StripeConfig | undefined {
  const apiKey = env.STRIPE_API_KEY?.trim()
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET?.trim() ?? ""
  const testApiUrl = env.STRIPE_TEST_API_URL?.trim()
  if (!apiKey) {
    if (webhookSecret || testApiUrl) {
      problems.push(
        "STRIPE_WEBHOOK_SECRET or STRIPE_TEST_API_URL is set but STRIPE_API_KEY is not; set the key too, or remove them."
      )
    }
    return undefined
  }
  if (!/^(sk|rk)_(test|live)_/.test(apiKey)) {
    problems.push("STRIPE_API_KEY must be a Stripe secret or restricted key (sk_live_…, sk_test_…, rk_…).")
  }
  if (isProduction && !webhookSecret) {
    problems.push(
      "STRIPE_WEBHOOK_SECRET is not set. Without it Stripe's webhooks (redirect payments, captures) cannot be verified; copy the signing secret of the endpoint /hooks/payment/stripe_stripe."
    )
  }
  let url: URL | undefined
  if (testApiUrl) {
    if (isProduction) {
      problems.push("STRIPE_TEST_API_URL points Stripe at a fake for tests and is refused in production; remove it.")
    } else if (!URL.canParse(testApiUrl) || !/^https?:$/.test(new URL(testApiUrl).protocol)) {
      problems.push(`STRIPE_TEST_API_URL must be an http(s) address (got "${testApiUrl}").`)
    } else {
      url = new URL(testApiUrl)
    }
  }
  return { apiKey, webhookSecret, testApiUrl: url }
}

export const DEFAULT_CART_CONCURRENCY = 2

function cartConcurrency(env: Env, problems: string[]): number {
  const value = env.CART_CONCURRENCY?.trim()
  if (!value) {
    return DEFAULT_CART_CONCURRENCY
  }
  const limit = Number(value)
  if (!Number.isInteger(limit) || limit < 0 || limit > 1000) {
    problems.push(`CART_CONCURRENCY must be a whole number from 0 (no limit) to 1000 (got "${value}").`)
    return DEFAULT_CART_CONCURRENCY
  }
  return limit
}

function crashPoint(env: Env, isProduction: boolean, problems: string[]): CrashPoint | undefined {
  const value = env.CRASH_AT?.trim()
  if (!value) {
    return undefined
  }
  if (isProduction) {
    problems.push("CRASH_AT kills the backend during checkout for fault tests and is refused in production; remove it.")
  } else if (!(CRASH_POINTS as readonly string[]).includes(value)) {
    problems.push(`CRASH_AT must be one of ${CRASH_POINTS.join(", ")} (got "${value}").`)
  } else {
    return value as CrashPoint
  }
  return undefined
}

function refillRemindersNow(env: Env, isProduction: boolean, problems: string[]): Date | undefined {
  const value = env.REFILL_REMINDERS_NOW?.trim()
  if (!value) {
    return undefined
  }
  if (isProduction) {
    problems.push(
      "REFILL_REMINDERS_NOW runs the refill reminders with a chosen date for tests and is refused in production; remove it."
    )
  } else if (Number.isNaN(Date.parse(value))) {
    problems.push(`REFILL_REMINDERS_NOW must be a date and time, e.g. 2027-01-31T09:00:00Z (got "${value}").`)
  } else {
    return new Date(value)
  }
  return undefined
}

/**
 * SMTP_URL: smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465
 * (implicit TLS). Without it, development writes e-mails to MAIL_DIR; production refuses to
 * start, because a shop that silently sends no order or password-reset e-mails is broken.
 */
function mailConfig(env: Env, isProduction: boolean, problems: string[]): MailConfig {
  const url = env.SMTP_URL?.trim()
  const from = env.MAIL_FROM?.trim()
  if (from !== undefined && from !== "" && !isMailbox(from)) {
    problems.push(
      `MAIL_FROM must be an e-mail address, optionally with a name: "LACREMELUXE <orders@example.com>" (got "${from}").`
    )
  }
  if (!url) {
    if (isProduction) {
      problems.push(
        "SMTP_URL is not set. In production the store sends its order and password-reset e-mails through SMTP: set SMTP_URL (smtp://user:password@host:587, or smtps://… for implicit TLS) and MAIL_FROM."
      )
    }
    return { transport: "folder", from: from || DEVELOPMENT_MAIL_FROM }
  }
  if (!URL.canParse(url) || !/^smtps?:$/.test(new URL(url).protocol) || !new URL(url).hostname) {
    problems.push(
      "SMTP_URL must look like smtp://user:password@host:587 or smtps://user:password@host:465 (the URL could not be read)."
    )
  }
  if (isProduction && !from) {
    problems.push(
      'MAIL_FROM is not set. Set the sender of the store\'s e-mails, e.g. "LACREMELUXE <orders@your-domain>".'
    )
  }
  return { transport: "smtp", url, from: from || DEVELOPMENT_MAIL_FROM }
}

/** "orders@example.com" or "Name <orders@example.com>". */
function isMailbox(value: string): boolean {
  const address = /<([^<>]+)>$/.exec(value)?.[1] ?? value
  return /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(address.trim())
}

/** Where the local File Module provider keeps public uploads (served at /uploads/:file). */
export function uploadDirectory(env: Env): string {
  return path.resolve(env.UPLOAD_DIR ?? "uploads")
}

export type AdminAccount = { email: string; password: string }

/** The first staff account; a default password is refused in production. */
export function readAdminAccount(env: Env): AdminAccount {
  const email = env.ADMIN_EMAIL?.trim() || DEVELOPMENT_ADMIN_EMAIL
  const password = env.ADMIN_PASSWORD || DEVELOPMENT_ADMIN_PASSWORD
  if (isProductionEnv(env) && password === DEVELOPMENT_ADMIN_PASSWORD) {
    throw new ConfigError([
      "ADMIN_PASSWORD is not set (or is the development default). In production choose the first staff password yourself.",
    ])
  }
  if (password.length < 8) {
    throw new ConfigError(["ADMIN_PASSWORD must be at least 8 characters long."])
  }
  return { email, password }
}
