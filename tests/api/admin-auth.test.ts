import { describe, expect, it } from "vitest"
import { admin, adminToken } from "../support/api"
import { handles, seededCatalog } from "../support/seed"
import { stack } from "../support/stack"

describe("staff access", () => {
  it("lets the seeded admin log in and read the products", async () => {
    const token = await adminToken()
    const { status, body } = await admin("/admin/products?status[]=published&limit=200&fields=handle", { token })
    expect(status).toBe(200)
    const { products, bundles } = await seededCatalog()
    expect(handles(body.products)).toEqual(handles([...products, ...bundles]))
  })

  it("refuses a wrong admin password", async () => {
    const { status } = await admin("/auth/user/emailpass", {
      body: { email: stack.admin.email, password: "not-the-password" },
    })
    expect(status).toBe(401)
  })

  it.each(["/admin/products", "/admin/orders", "/admin/customers", "/admin/users"])(
    "refuses %s without a token",
    async (path) => {
      const { status } = await admin(path)
      expect(status).toBe(401)
    }
  )

  it("serves Medusa Admin at /app", async () => {
    const response = await fetch(`${stack.backendUrl}/app`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<div id="medusa"')
  })
})
