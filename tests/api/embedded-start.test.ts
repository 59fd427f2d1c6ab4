import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eventually, listenerPid, portIsFree, startStore, type RunningStore } from "../support/npm-start"

let store: RunningStore

beforeAll(async () => {
  store = await startStore()
}, 420_000)

afterAll(async () => {
  await store?.stop()
  await store?.remove()
})

describe("npm start with no DATABASE_URL", () => {
  it("runs an embedded PostgreSQL of its own, migrates, seeds, and the backend answers", async () => {
    expect(store.output()).toContain(`Start the embedded PostgreSQL on :${store.postgresPort}`)
    const health = await fetch(`${store.backendUrl}/health`)
    expect(health.status).toBe(200)
    const home = await fetch(`${store.storefrontUrl}/de/en`)
    expect(home.status).toBe(200)
    expect(await home.text()).toContain("Cleanse")
  })

  it("starts a killed backend again by itself while the storefront keeps serving its cached pages", async () => {
    const guide = `${store.storefrontUrl}/de/guide/pore-care`
    const first = await fetch(guide)
    expect(first.status).toBe(200)
    const page = await first.text()
    const backendPort = Number(new URL(store.backendUrl).port)
    const killed = await listenerPid(backendPort)

    process.kill(killed, "SIGKILL")
    await eventually(
      "the runner notices the crash",
      async () => store.output().includes("The backend stopped unexpectedly (killed by SIGKILL)"),
      10_000,
      100
    )
    // The backend is down (its restart takes seconds): the guide is still served, from the cache.
    const meanwhile = await fetch(guide)
    expect(meanwhile.status).toBe(200)
    expect(meanwhile.headers.get("x-page-cache")).toBe("HIT")
    expect(await meanwhile.text()).toBe(page)
    await expect(fetch(`${store.backendUrl}/health`)).rejects.toThrow()

    await eventually(
      "the backend answers again",
      async () => (await fetch(`${store.backendUrl}/health`)).status === 200,
      120_000
    )
    expect(await listenerPid(backendPort)).not.toBe(killed)
    // The supervisor says so once its own readiness check passes, which can come a moment after
    // the first answer above.
    await eventually(
      "the runner says the backend is running again",
      async () => store.output().includes("The backend is running again."),
      30_000,
      100
    )
    // The runner itself never stopped, nor did the storefront.
    expect(store.child.exitCode).toBeNull()
    expect(store.output()).not.toContain("Stopping")
    const products = await fetch(`${store.storefrontUrl}/de/shop/cleanse`)
    expect(products.status).toBe(200)
  }, 180_000)

  it("stops everything on Ctrl-C, the embedded PostgreSQL included", async () => {
    const before = store.output().length
    expect(await store.stop()).toBe(0)
    const after = store.output().slice(before)
    expect(after).toContain("Stopping")
    // Stopping is not taken for a crash.
    expect(after).not.toMatch(/stopped unexpectedly|starting it again/)
    await expect(portIsFree(store.postgresPort)).resolves.toBeUndefined()
    await expect(portIsFree(Number(new URL(store.backendUrl).port))).resolves.toBeUndefined()
  })
})
