import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { ConfigError, readRuntimeConfig } from "./src/lib/runtime-config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

process.env.MEDUSA_DISABLE_TELEMETRY = "true"

function loadConfig() {
  try {
    return readRuntimeConfig(process.env)
  } catch (error) {
    if (error instanceof ConfigError) {
      // A readable refusal instead of a stack trace from deep inside the loader.
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}

const env = loadConfig()

/**
 * A command waits for one reconnection at most while Redis is down (ioredis would retry 20 times,
 * ~9 s), so a request that loses Redis midway fails fast with a 503 (src/lib/http/unavailable.ts).
 */
const failFast = { maxRetriesPerRequest: 1 }

/** With REDIS_URL the server and worker processes share events, workflows, locks and cache. */
const scaleOutModules = env.redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: {
          redisUrl: env.redisUrl,
          // A subscriber that fails (an e-mail while SMTP is down) is tried again, only that
          // subscriber: after 5 s, 10 s, 20 s, 40 s, 80 s. What still fails is left to the
          // resend-failed-mail job.
          jobOptions: { attempts: 6, backoff: { type: "exponential", delay: 5_000 } },
        },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl: env.redisUrl, redisOptions: failFast } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              // Medusa's Redis locking with several keys taken in order: its own could deadlock
              // two stock reservations of the same set (src/modules/locking-redis-ordered).
              resolve: "./src/modules/locking-redis-ordered",
              id: "locking-redis",
              is_default: true,
              options: {
                redisUrl: env.redisUrl,
                redisOptions: failFast,
                // A reservation waits up to 60 s for the items' locks (Medusa: 5 s), as shoppers
                // buying the same product queue one by one: on this shared machine under a load of
                // 15, 20 completions took 27-40 s and the last of one set's four waited over 30 s.
                // It looks again every 100 ms at most (Medusa: up to 1 s while the lock is free).
                waitLockingTimeout: 60,
                maximumRetryInterval: 100,
              },
            },
          ],
        },
      },
      {
        resolve: "@medusajs/medusa/caching",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/caching-redis",
              id: "caching-redis",
              is_default: true,
              options: { redisUrl: env.redisUrl },
            },
          ],
        },
      },
    ]
  : []

/**
 * Stripe through Medusa's provider (id pp_stripe_stripe, webhook /hooks/payment/stripe_stripe)
 * when STRIPE_API_KEY is set. Payments are authorised at checkout and captured by staff in the
 * admin when the order ships. Automatic payment methods: cards, wallets and redirect methods,
 * as enabled in the Stripe dashboard. The system provider is always registered by Medusa; the
 * seed offers it in regions outside production only.
 */
const paymentModules = env.stripe
  ? [
      {
        resolve: "@medusajs/medusa/payment",
        options: {
          providers: [
            {
              resolve: env.stripe.testApiUrl ? "./src/modules/stripe-test-api" : "@medusajs/medusa/payment-stripe",
              id: "stripe",
              options: {
                apiKey: env.stripe.apiKey,
                webhookSecret: env.stripe.webhookSecret,
                capture: false,
                automaticPaymentMethods: true,
                ...(env.stripe.testApiUrl ? { apiUrl: env.stripe.testApiUrl.href } : {}),
              },
            },
          ],
        },
      },
    ]
  : []

/**
 * E-mail: through SMTP whenever SMTP_URL is set; otherwise (development only: production refuses
 * to start without it) written to MAIL_DIR by the mail-folder provider.
 */
const mailProvider =
  env.mail.transport === "smtp"
    ? {
        resolve: "./src/modules/smtp",
        id: "smtp",
        options: { channels: ["email"], url: env.mail.url, from: env.mail.from },
      }
    : {
        resolve: "./src/modules/mail-folder",
        id: "mail-folder",
        options: { channels: ["email"], directory: env.mailDirectory, from: env.mail.from },
      }

export default defineConfig({
  projectConfig: {
    databaseUrl: env.databaseUrl,
    redisUrl: env.redisUrl,
    workerMode: env.workerMode,
    http: {
      storeCors: env.storeCors,
      adminCors: env.adminCors,
      authCors: env.authCors,
      jwtSecret: env.jwtSecret,
      cookieSecret: env.cookieSecret,
    },
  },
  admin: {
    disable: env.adminDisabled,
    // "/" makes the built admin call the server it is served from, whatever its address.
    backendUrl: process.env.ADMIN_BACKEND_URL ?? "/",
  },
  featureFlags: {
    caching: Boolean(env.redisUrl),
    // Medusa's Translation Module (added by the flag): shoppers read the store in de-DE, fr-FR or
    // en-GB; staff translate in Medusa Admin (Settings → Translations). See README, "Languages".
    translation: true,
  },
  modules: [
    // defineConfig decides which default modules to load before it has read `featureFlags`, so
    // the Translation Module is listed here too (the flag above turns on its routes and Query's
    // translated answers).
    { resolve: "@medusajs/medusa/translation" },
    { resolve: "./src/modules/skincare" },
    { resolve: "./src/modules/guide" },
    { resolve: "./src/modules/review" },
    { resolve: "./src/modules/alerts" },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: env.uploadDir,
              backend_url: `${env.backendUrl}/uploads`,
            },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: { providers: [mailProvider] },
    },
    ...paymentModules,
    ...scaleOutModules,
  ],
})
