import { describe, expect, it } from "vitest"
import {
  ConfigError,
  DEFAULT_CART_CONCURRENCY,
  DEVELOPMENT_ADMIN_PASSWORD,
  DEVELOPMENT_MAIL_FROM,
  DEVELOPMENT_SECRET,
  readAdminAccount,
  readRuntimeConfig,
} from "./runtime-config"

const base = { DATABASE_URL: "postgres://localhost/store" }
const strong = "s".repeat(48)
const otherStrong = "c".repeat(48)

describe("readRuntimeConfig", () => {
  it("uses development secrets outside production", () => {
    const config = readRuntimeConfig(base)
    expect(config.jwtSecret).toBe(DEVELOPMENT_SECRET)
    expect(config.redisUrl).toBeUndefined()
    expect(config.workerMode).toBe("shared")
  })

  it("refuses to start in production with missing or default secrets, saying which", () => {
    const attempt = () => readRuntimeConfig({ ...base, NODE_ENV: "production", COOKIE_SECRET: DEVELOPMENT_SECRET })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(/JWT_SECRET is not set/)
    expect(attempt).toThrow(/COOKIE_SECRET is not set \(or is the development default\)/)
  })

  it('treats NODE_ENV "prod" as production, as Medusa does', () => {
    expect(() => readRuntimeConfig({ ...base, NODE_ENV: "prod" })).toThrow(/JWT_SECRET is not set/)
  })

  it("refuses short secrets in production", () => {
    expect(() =>
      readRuntimeConfig({
        ...base,
        NODE_ENV: "production",
        JWT_SECRET: "short",
        COOKIE_SECRET: strong,
        REVALIDATE_SECRET: strong,
        CLIENT_IP_SECRET: otherStrong,
      })
    ).toThrow(/JWT_SECRET is shorter than 32 characters/)
  })

  it("starts in production with real secrets and picks up Redis and the worker mode", () => {
    const config = readRuntimeConfig({
      ...base,
      NODE_ENV: "production",
      JWT_SECRET: strong,
      COOKIE_SECRET: strong,
      REVALIDATE_SECRET: strong,
      CLIENT_IP_SECRET: otherStrong,
      REDIS_URL: "redis://cache:6379/2",
      MEDUSA_WORKER_MODE: "worker",
      SMTP_URL: "smtps://shop:pw@mail.example.com:465",
      MAIL_FROM: "LACREMELUXE <orders@example.com>",
    })
    expect(config.isProduction).toBe(true)
    expect(config.redisUrl).toBe("redis://cache:6379/2")
    expect(config.workerMode).toBe("worker")
  })

  it("asks in production for the storefront's own secret for vouching for shoppers' addresses", () => {
    const production = {
      ...base,
      NODE_ENV: "production",
      JWT_SECRET: strong,
      COOKIE_SECRET: strong,
      REVALIDATE_SECRET: strong,
      SMTP_URL: "smtps://shop:pw@mail.example.com:465",
      MAIL_FROM: "LACREMELUXE <orders@example.com>",
    }
    expect(() => readRuntimeConfig(production)).toThrow(/CLIENT_IP_SECRET is not set/)
    expect(() => readRuntimeConfig({ ...production, CLIENT_IP_SECRET: DEVELOPMENT_SECRET })).toThrow(
      /CLIENT_IP_SECRET is not set \(or is the development default\)/
    )
    expect(() => readRuntimeConfig({ ...production, CLIENT_IP_SECRET: "short" })).toThrow(
      /CLIENT_IP_SECRET is shorter than 32 characters/
    )
    expect(() => readRuntimeConfig({ ...production, CLIENT_IP_SECRET: strong })).toThrow(
      /CLIENT_IP_SECRET must differ from REVALIDATE_SECRET/
    )
    expect(readRuntimeConfig({ ...production, CLIENT_IP_SECRET: otherStrong }).clientIpSecret).toBe(otherStrong)
    expect(readRuntimeConfig(base).clientIpSecret).toBe(DEVELOPMENT_SECRET)
  })

  it("rejects an unknown worker mode", () => {
    expect(() => readRuntimeConfig({ ...base, MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })

  it("takes CART_CONCURRENCY as a whole number, 0 for no limit, and refuses anything else", () => {
    expect(readRuntimeConfig(base).cartConcurrency).toBe(DEFAULT_CART_CONCURRENCY)
    expect(readRuntimeConfig({ ...base, CART_CONCURRENCY: "8" }).cartConcurrency).toBe(8)
    expect(readRuntimeConfig({ ...base, CART_CONCURRENCY: "0" }).cartConcurrency).toBe(0)
    for (const value of ["-1", "2.5", "many", "100000"]) {
      expect(() => readRuntimeConfig({ ...base, CART_CONCURRENCY: value }), value).toThrow(
        /CART_CONCURRENCY must be a whole number/
      )
    }
  })
})

describe("readAdminAccount", () => {
  it("falls back to the documented development account", () => {
    expect(readAdminAccount({})).toEqual({
      email: "admin@lacremeluxe.test",
      password: DEVELOPMENT_ADMIN_PASSWORD,
    })
  })

  it("refuses the default password in production", () => {
    expect(() => readAdminAccount({ NODE_ENV: "production" })).toThrow(/ADMIN_PASSWORD/)
    expect(readAdminAccount({ NODE_ENV: "production", ADMIN_PASSWORD: "a-chosen-password" }).password).toBe(
      "a-chosen-password"
    )
  })
})

describe("Stripe settings", () => {
  const production = {
    ...base,
    NODE_ENV: "production",
    JWT_SECRET: strong,
    COOKIE_SECRET: strong,
    REVALIDATE_SECRET: strong,
    CLIENT_IP_SECRET: otherStrong,
  }

  it("leaves Stripe out without a key", () => {
    expect(readRuntimeConfig(base).stripe).toBeUndefined()
  })

  it("uses the key and webhook secret, and the test API address outside production", () => {
    const { stripe } = readRuntimeConfig({
      ...base,
      STRIPE_API_KEY: "sk_test_abc",
      STRIPE_WEBHOOK_SECRET: "whsec_abc",
      STRIPE_TEST_API_URL: "http://127.0.0.1:12111",
    })
    expect(stripe?.apiKey).toBe("sk_test_abc")
    expect(stripe?.webhookSecret).toBe("whsec_abc")
    expect(stripe?.testApiUrl?.port).toBe("12111")
  })

  it("refuses the test API address in production", () => {
    expect(() =>
      readRuntimeConfig({
        ...production,
        STRIPE_API_KEY: "sk_live_abc",
        STRIPE_WEBHOOK_SECRET: "whsec_abc",
        STRIPE_TEST_API_URL: "http://127.0.0.1:12111",
      })
    ).toThrow(/STRIPE_TEST_API_URL .* refused in production/)
  })

  it("asks for the webhook secret in production and refuses a publishable key", () => {
    expect(() => readRuntimeConfig({ ...production, STRIPE_API_KEY: "sk_live_abc" })).toThrow(
      /STRIPE_WEBHOOK_SECRET is not set/
    )
    expect(() => readRuntimeConfig({ ...base, STRIPE_API_KEY: "pk_test_abc" })).toThrow(/secret or restricted key/)
  })

  it("refuses a webhook secret without a key", () => {
    expect(() => readRuntimeConfig({ ...base, STRIPE_WEBHOOK_SECRET: "whsec_abc" })).toThrow(/STRIPE_API_KEY is not/)
  })
})

describe("e-mail settings", () => {
  const production = {
    ...base,
    NODE_ENV: "production",
    JWT_SECRET: strong,
    COOKIE_SECRET: strong,
    REVALIDATE_SECRET: strong,
    CLIENT_IP_SECRET: otherStrong,
  }

  it("keeps the mail folder in development when SMTP_URL is not set", () => {
    expect(readRuntimeConfig(base).mail).toEqual({ transport: "folder", from: DEVELOPMENT_MAIL_FROM })
  })

  it("sends through SMTP in every environment when SMTP_URL is set", () => {
    expect(
      readRuntimeConfig({ ...base, SMTP_URL: "smtp://u:p@127.0.0.1:2525", MAIL_FROM: "shop@example.com" }).mail
    ).toEqual({
      transport: "smtp",
      url: "smtp://u:p@127.0.0.1:2525",
      from: "shop@example.com",
    })
    const config = readRuntimeConfig({
      ...production,
      SMTP_URL: "smtps://u:p@mail.example.com",
      MAIL_FROM: "Shop <shop@example.com>",
    })
    expect(config.mail).toMatchObject({ transport: "smtp", from: "Shop <shop@example.com>" })
  })

  it("refuses to start in production without SMTP_URL or MAIL_FROM, saying what to set", () => {
    expect(() => readRuntimeConfig(production)).toThrow(
      /SMTP_URL is not set\. In production the store sends its order and password-reset e-mails through SMTP/
    )
    expect(() => readRuntimeConfig({ ...production, SMTP_URL: "smtp://mail.example.com:587" })).toThrow(
      /MAIL_FROM is not set/
    )
  })

  it("refuses an SMTP_URL that is not smtp:// or smtps://, and a sender that is not an address", () => {
    expect(() => readRuntimeConfig({ ...base, SMTP_URL: "http://mail.example.com" })).toThrow(
      /SMTP_URL must look like smtp:\/\//
    )
    expect(() => readRuntimeConfig({ ...base, SMTP_URL: "not a url" })).toThrow(/SMTP_URL must look like/)
    expect(() => readRuntimeConfig({ ...base, MAIL_FROM: "orders at example" })).toThrow(
      /MAIL_FROM must be an e-mail address/
    )
  })

  it("takes CRASH_AT (fault tests) outside production only, and only a known point", () => {
    expect(readRuntimeConfig({ ...base, CRASH_AT: "after-authorize" }).crashAt).toBe("after-authorize")
    expect(readRuntimeConfig(base).crashAt).toBeUndefined()
    expect(() => readRuntimeConfig({ ...base, CRASH_AT: "somewhere" })).toThrow(/CRASH_AT must be one of/)
    expect(() =>
      readRuntimeConfig({
        ...base,
        NODE_ENV: "production",
        JWT_SECRET: strong,
        COOKIE_SECRET: strong,
        REVALIDATE_SECRET: strong,
        SMTP_URL: "smtp://mail.example.com:587",
        MAIL_FROM: "orders@example.com",
        CRASH_AT: "during-completion",
      })
    ).toThrow(/CRASH_AT .* refused in production/)
  })

  it("takes REFILL_REMINDERS_NOW (the refill job's test trigger) outside production only, as a date", () => {
    expect(readRuntimeConfig({ ...base, REFILL_REMINDERS_NOW: "2027-01-31T09:00:00Z" }).refillRemindersNow).toEqual(
      new Date("2027-01-31T09:00:00Z")
    )
    expect(readRuntimeConfig(base).refillRemindersNow).toBeUndefined()
    expect(() => readRuntimeConfig({ ...base, REFILL_REMINDERS_NOW: "soon" })).toThrow(/must be a date/)
    expect(() =>
      readRuntimeConfig({
        ...base,
        NODE_ENV: "production",
        JWT_SECRET: strong,
        COOKIE_SECRET: strong,
        REVALIDATE_SECRET: strong,
        CLIENT_IP_SECRET: otherStrong,
        SMTP_URL: "smtp://mail.example.com:587",
        MAIL_FROM: "orders@example.com",
        REFILL_REMINDERS_NOW: "2027-01-31T09:00:00Z",
      })
    ).toThrow(/REFILL_REMINDERS_NOW .* refused in production/)
  })
})
