import { describe, expect, it } from "vitest"
import { stack } from "../support/stack"

function revalidate(secret: string | undefined, body: unknown) {
  return fetch(`${stack.storefrontUrl}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret ? { "x-revalidate-secret": secret } : {}) },
    body: JSON.stringify(body),
  })
}

describe("the storefront's revalidation route", () => {
  it("refuses a wrong or missing secret with 401", async () => {
    expect((await revalidate("wrong", { tags: ["guide"] })).status).toBe(401)
    expect((await revalidate(undefined, { tags: ["guide"] })).status).toBe(401)
  })

  it("accepts the backend's secret and known tags only", async () => {
    const secret = stack.backendEnv.REVALIDATE_SECRET
    const ok = await revalidate(secret, { tags: ["guide", "catalog"] })
    expect(ok.status).toBe(200)
    expect((await ok.json()).revalidated).toEqual(["guide", "catalog"])
    const unknown = await revalidate(secret, { tags: ["everything"] })
    expect(unknown.status).toBe(400)
    expect((await unknown.json()).message).toMatch(/tags from/)
  })
})
