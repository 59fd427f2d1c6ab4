import { request } from "node:http"
import { randomInt } from "node:crypto"
import Redis from "ioredis"
import { describe, expect, it } from "vitest"
import { regionByName, store, uniqueEmail } from "../support/api"
import {
  logIn,
  post,
  register,
  requestPasswordReset,
  requestStaffPasswordReset,
  staffLogIn,
  uniqueClient,
} from "../support/shopper"
import { stack } from "../support/stack"

// Every limit of backend/src/api/middlewares.ts at its exact threshold: N attempts pass, the next
// is refused with 429, Retry-After and a sentence. Each test speaks as clients of its own
// (uniqueClient), so no test, and none of the suite's other files, runs into another's window.

type Headers = Record<string, string>
type Answer = { status: number; headers: globalThis.Headers; body: { message?: string; token?: string } }

type Rule = {
  /** As the refusal names it: "Too many <what> attempts." */
  what: string
  windowMinutes: number
  perClient: number
  /** The limit per account, e-mail or cart (within one client), if the rule has one. */
  perKey?: { of: string; limit: number }
  /** The answer an attempt gets while under the limits. */
  allowed: number
  /** Something to try on: an account's e-mail, a cart. */
  newKey: () => Promise<string>
  attempt: (key: string, client: Headers) => Promise<Answer>
}

const email = async () => uniqueEmail("limits")
const withKey = (client: Headers) => ({ ...client, "x-publishable-api-key": stack.publishableKey })

let regionId: string | undefined
async function newCart(): Promise<string> {
  regionId ??= (await regionByName("Europe")).id
  const { status, body } = await store("/store/carts", { body: { region_id: regionId } })
  expect(status).toBe(200)
  return body.cart.id
}

const rules: Rule[] = [
  {
    what: "log-in",
    windowMinutes: 15,
    perClient: 50,
    perKey: { of: "account", limit: 10 },
    allowed: 401,
    newKey: email,
    attempt: (key, client) => logIn(key, "a wrong password", client),
  },
  {
    what: "registration",
    windowMinutes: 60,
    perClient: 10,
    allowed: 200,
    newKey: email,
    attempt: (key, client) => register(key, "a long test password", client),
  },
  {
    what: "password reset",
    windowMinutes: 60,
    perClient: 20,
    perKey: { of: "account", limit: 5 },
    allowed: 201,
    newKey: email,
    attempt: (key, client) => requestPasswordReset(key, client),
  },
  {
    what: "promo code",
    windowMinutes: 10,
    perClient: 60,
    perKey: { of: "cart", limit: 10 },
    allowed: 400,
    newKey: newCart,
    attempt: (cart, client) =>
      post(`/store/carts/${cart}/promotions`, { promo_codes: [`GUESS${randomInt(1e9)}`] }, withKey(client)),
  },
  {
    what: "order lookup",
    windowMinutes: 15,
    perClient: 50,
    perKey: { of: "e-mail", limit: 10 },
    allowed: 404,
    newKey: email,
    attempt: (key, client) =>
      post("/store/order-lookup", { email: key, display_id: randomInt(1, 1e6) }, withKey(client)),
  },
  {
    what: "staff log-in",
    windowMinutes: 15,
    perClient: 50,
    perKey: { of: "account", limit: 10 },
    allowed: 401,
    newKey: email,
    attempt: (key, client) => staffLogIn(key, "a wrong password", client),
  },
  {
    what: "staff password reset",
    windowMinutes: 60,
    perClient: 20,
    perKey: { of: "account", limit: 5 },
    allowed: 201,
    newKey: email,
    attempt: (key, client) => requestStaffPasswordReset(key, client),
  },
]

async function expectAllowed(rule: Rule, answer: Answer, attempt: number) {
  expect(answer.status, `attempt ${attempt}: ${JSON.stringify(answer.body)}`).toBe(rule.allowed)
}

/** A refusal: 429, Retry-After within the window, and the sentence with the same wait. */
function expectRefused(rule: Rule, answer: Answer) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(429)
  const retryAfter = Number(answer.headers.get("retry-after"))
  // The window opened with this test's first attempt, less than two minutes ago.
  expect(retryAfter).toBeGreaterThan(rule.windowMinutes * 60 - 120)
  expect(retryAfter).toBeLessThanOrEqual(rule.windowMinutes * 60)
  expect(answer.body.message).toBe(
    `Too many ${rule.what} attempts. For your security, please wait ${Math.ceil(retryAfter / 60)} minutes and try again.`
  )
  expect(answer.body.token).toBeUndefined()
}

describe.each(rules)("the $what limit", (rule) => {
  const { perKey } = rule
  if (perKey) {
    it(`allows ${perKey.limit} attempts per ${perKey.of} from one client, refuses the next; other ${perKey.of}s and clients go on`, async () => {
      const client = uniqueClient()
      const key = await rule.newKey()
      for (let attempt = 1; attempt <= perKey.limit; attempt++) {
        await expectAllowed(rule, await rule.attempt(key, client), attempt)
      }
      expectRefused(rule, await rule.attempt(key, client))
      await expectAllowed(rule, await rule.attempt(await rule.newKey(), client), perKey.limit + 2)
      await expectAllowed(rule, await rule.attempt(key, uniqueClient()), 1)
    })
  }

  it(`allows ${rule.perClient} attempts per client (over ${perKey ? `${perKey.of}s` : "new accounts"}), refuses the next; other clients go on`, async () => {
    const client = uniqueClient()
    // Spread over enough keys that none reaches its own limit.
    const keys = await Promise.all(
      Array.from({ length: perKey ? Math.ceil((rule.perClient + 1) / (perKey.limit - 1)) : rule.perClient + 2 }, () =>
        rule.newKey()
      )
    )
    for (let attempt = 1; attempt <= rule.perClient; attempt++) {
      await expectAllowed(rule, await rule.attempt(keys[attempt % keys.length], client), attempt)
    }
    expectRefused(rule, await rule.attempt(keys[(rule.perClient + 1) % keys.length], client))
    await expectAllowed(rule, await rule.attempt(keys.at(-1)!, uniqueClient()), 1)
  })
})

/** A POST from a local address of the test's own choosing (127.x.y.z), as a client without the storefront's secret. */
function postFrom(localAddress: string, path: string, body: unknown, headers: Headers): Promise<number> {
  const url = new URL(path, stack.backendUrl)
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress,
        headers: { "content-type": "application/json", ...headers },
      },
      (res) => {
        res.resume()
        res.on("end", () => resolve(res.statusCode ?? 0))
      }
    )
    req.on("error", reject)
    req.end(JSON.stringify(body))
  })
}

describe("who counts as a client", () => {
  it("a forged x-client-ip without CLIENT_IP_SECRET counts as the connection's own address", async () => {
    const connection = `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`
    const account = uniqueEmail("forged")
    const forgery = (attempt: number): Headers => {
      const ip = `198.51.100.${attempt}`
      return [
        {},
        { "x-client-ip": ip },
        { "x-client-ip": ip, "x-storefront-key": "a guess" },
        // The revalidation secret opens its own door only.
        { "x-client-ip": ip, "x-storefront-key": stack.backendEnv.REVALIDATE_SECRET },
      ][attempt % 4]
    }
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 11; attempt++) {
      const body = { email: account, password: "a wrong password" }
      statuses.push(await postFrom(connection, "/auth/customer/emailpass", body, forgery(attempt)))
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429])
  })

  it("with CLIENT_IP_SECRET each vouched-for address counts apart, though all come over one connection address", async () => {
    const connection = `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(2, 255)}`
    const account = uniqueEmail("vouched")
    const statuses: number[] = []
    for (let attempt = 1; attempt <= 11; attempt++) {
      const shopper = uniqueClient()
      // Two tries per shopper: far from anyone's limit, but 22 from one connection address.
      statuses.push(await postFrom(connection, "/auth/customer/emailpass", { email: account, password: "no" }, shopper))
      statuses.push(await postFrom(connection, "/auth/customer/emailpass", { email: account, password: "no" }, shopper))
    }
    expect(statuses).toEqual(Array(22).fill(401))
  })
})

describe("staff log-in", () => {
  const { email: staff, password } = stack.admin

  it("after ten wrong passwords for the admin account from one client, even the right one is refused; the manager elsewhere gets in", async () => {
    const attacker = uniqueClient()
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await staffLogIn(staff, `wrong password ${attempt}`, attacker)).status).toBe(401)
    }
    const limited = await staffLogIn(staff, password, attacker)
    expect(limited.status).toBe(429)
    expect(limited.body.token).toBeUndefined()
    const manager = await staffLogIn(staff, password, uniqueClient())
    expect(manager.status).toBe(200)
    expect(manager.body.token).toEqual(expect.any(String))
  })

  it("counts only refused log-ins: staff who log in often are never locked out", async () => {
    const office = uniqueClient()
    for (let attempt = 1; attempt <= 12; attempt++) {
      expect((await staffLogIn(staff, password, office)).status).toBe(200)
    }
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await staffLogIn(staff, `wrong password ${attempt}`, office)).status).toBe(401)
    }
    expect((await staffLogIn(staff, password, office)).status).toBe(429)
  })
})

// CI always runs with REDIS_URL (.ci/run); without it the windows are each process's own.
it.runIf(Boolean(stack.backendEnv.REDIS_URL))(
  "with Redis, the windows live in Redis, where every API process counts them",
  async () => {
    const client = uniqueClient()
    const account = uniqueEmail("shared-window")
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await logIn(account, "wrong password", client)).status).toBe(401)
    }
    const redis = new Redis(stack.backendEnv.REDIS_URL)
    try {
      const database = new URL(stack.databaseUrl).pathname.slice(1)
      const window = `lacremeluxe:rate-limit:${database}:log-in:account:${client["x-client-ip"]}|${account}`
      expect(await redis.zcard(window)).toBe(3)
      expect(await redis.pttl(window)).toBeGreaterThan(14 * 60_000)
    } finally {
      redis.disconnect()
    }
  }
)
