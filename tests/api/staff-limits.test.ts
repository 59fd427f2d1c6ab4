import { describe, expect, it } from "vitest"
import { asClient, requestStaffPasswordReset, staffLogIn } from "../support/shopper"
import { stack } from "../support/stack"

// Each test speaks as clients of its own (addresses from the documentation ranges), so the suite's
// own staff log-ins are never limited by these.
const { email, password } = stack.admin
const SENTENCE =
  /^Too many staff (log-in|password reset) attempts\. For your security, please wait \d+ minutes and try again\.$/

describe("staff log-in limits", () => {
  it("after ten wrong passwords for the admin account from one client, the eleventh try gets a 429 with a sentence, even with the right password", async () => {
    const attacker = asClient("203.0.113.201")
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await staffLogIn(email, `wrong password ${attempt}`, attacker)).status).toBe(401)
    }
    const limited = await staffLogIn(email, password, attacker)
    expect(limited.status).toBe(429)
    expect(limited.body.message).toMatch(SENTENCE)
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0)
    expect(limited.body.token).toBeUndefined()
    // The store manager at another address still gets in.
    const manager = await staffLogIn(email, password, asClient("203.0.113.202"))
    expect(manager.status).toBe(200)
    expect(manager.body.token).toEqual(expect.any(String))
  })

  it("counts only refused log-ins: staff who log in often are never locked out", async () => {
    const office = asClient("203.0.113.203")
    for (let attempt = 1; attempt <= 12; attempt++) {
      expect((await staffLogIn(email, password, office)).status).toBe(200)
    }
  })

  it("limits one client to fifty wrong passwords over every account", async () => {
    const sprayer = asClient("203.0.113.204")
    for (let attempt = 1; attempt <= 50; attempt++) {
      // Five guesses for each of ten accounts: no account reaches its own limit of ten.
      const account = `staff${attempt % 10}@spray.example.test`
      expect((await staffLogIn(account, "Winter2026!", sprayer)).status).toBe(401)
    }
    const limited = await staffLogIn("staff-new@spray.example.test", "Winter2026!", sprayer)
    expect(limited.status).toBe(429)
    expect(limited.body.message).toMatch(SENTENCE)
  })
})

describe("staff password reset limits", () => {
  it("answers five requests for one account from one client, then a 429 with a sentence", async () => {
    const client = asClient("203.0.113.205")
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await requestStaffPasswordReset(email, client)).status).toBeLessThan(300)
    }
    const limited = await requestStaffPasswordReset(email, client)
    expect(limited.status).toBe(429)
    expect(limited.body.message).toMatch(SENTENCE)
    expect((await requestStaffPasswordReset(email, asClient("203.0.113.206"))).status).toBeLessThan(300)
  })
})
