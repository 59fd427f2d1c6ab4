import { spawn } from "node:child_process"
import { randomBytes } from "node:crypto"
import path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { CART_COOKIE, LAST_ORDER_COOKIE, SESSION_COOKIE } from "../../storefront/src/lib/server/cookie-names"
import english from "../../storefront/src/content/back-soon.json"
import german from "../../storefront/src/content/back-soon.de-DE.json"
import { store as storeApi } from "../support/api"
import { newCart } from "../support/checkout"
import { eventually, freePort } from "../support/npm-start"
import { stack } from "../support/stack"
import { tcpRelay } from "../support/tcp-proxy"

const STOREFRONT = path.resolve(__dirname, "..", "..", "storefront")

// A storefront of this file's own reaches the suite's backend through a relay the test switches
// off: for the storefront, the backend has stopped (connections refused), as when it crashed.
let relay: Awaited<ReturnType<typeof tcpRelay>>
let storefrontUrl: string
let stopStorefront: () => Promise<void>

beforeAll(async () => {
  relay = await tcpRelay(new URL(stack.backendUrl), await freePort())
  const port = await freePort()
  storefrontUrl = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, [path.join(STOREFRONT, "server.mjs"), "-p", String(port)], {
    cwd: STOREFRONT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      MEDUSA_BACKEND_URL: relay.url,
      MEDUSA_PUBLISHABLE_KEY: stack.publishableKey,
      REVALIDATE_SECRET: randomBytes(24).toString("hex"),
      CLIENT_IP_SECRET: stack.backendEnv.CLIENT_IP_SECRET,
      STOREFRONT_URL: storefrontUrl,
    },
    stdio: "ignore",
  })
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()))
  stopStorefront = async () => {
    child.kill("SIGTERM")
    await exited
  }
  await eventually("the storefront answers", async () => (await fetch(`${storefrontUrl}/de`)).status === 200, 60_000)
}, 90_000)

afterAll(async () => {
  await stopStorefront?.()
  await relay?.close()
})

const get = (path: string, cookies: Record<string, string> = {}) =>
  fetch(`${storefrontUrl}${path}`, {
    redirect: "manual",
    headers: {
      cookie: Object.entries(cookies)
        .map(([name, value]) => `${name}=${value}`)
        .join("; "),
    },
  })

describe("the storefront while the backend is down", () => {
  it("serves cached public pages, answers personal pages with a friendly 503, and recovers", async () => {
    const { body } = await storeApi("/store/products?limit=1&fields=handle")
    const publicPages = ["/de", "/de/guide/pore-care", `/de/products/${body.products[0].handle}`]
    const cart = await newCart()
    // Personal pages read the backend for this visitor: their cart, order, account. The 503 page
    // speaks the language of the store the path names (German bare, English under /de/en).
    const personalPages: [string, Record<string, string>, typeof english][] = [
      ["/de/cart", { [CART_COOKIE]: cart.id }, german],
      ["/de/checkout", { [CART_COOKIE]: cart.id }, german],
      ["/de/order/order_01DOESNOTMATTER", { [LAST_ORDER_COOKIE]: "order_01DOESNOTMATTER" }, german],
      ["/de/en/account", { [SESSION_COOKIE]: "a-token-the-backend-would-check" }, english],
    ]
    const cached = new Map<string, string>()
    for (const page of publicPages) {
      const response = await get(page)
      expect(response.status, page).toBe(200)
      cached.set(page, await response.text())
    }
    expect((await get("/de/cart", { [CART_COOKIE]: cart.id })).status).toBe(200)

    await relay.close()
    await expect(fetch(`${relay.url}/health`)).rejects.toThrow()

    for (const page of publicPages) {
      const response = await get(page)
      expect(response.status, page).toBe(200)
      expect(await response.text(), page).toBe(cached.get(page))
    }
    for (const [page, cookies, words] of personalPages) {
      const response = await get(page, cookies)
      expect(response.status, page).toBe(503)
      expect(response.headers.get("retry-after"), page).toBe("30")
      expect(response.headers.get("cache-control"), page).toBe("no-store")
      const html = await response.text()
      expect(html, page).toContain(`<h1>${words.title.replace("'", "&#39;")}</h1>`)
      expect(html, page).toContain(words.message.replace("'", "&#39;"))
      expect(html, page).not.toMatch(/\bat .*\.js:\d+|Error:|ECONNREFUSED|__next_error__/)
    }

    await relay.open()
    const back = await get("/de/cart", { [CART_COOKIE]: cart.id })
    expect(back.status).toBe(200)
    expect(await back.text()).not.toContain(german.title)
  }, 90_000)
})
