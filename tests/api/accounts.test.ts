import { describe, expect, it } from "vitest"
import { admin, adminToken, regionByName, store, uniqueEmail } from "../support/api"
import { addItem, checkout, germanAddress } from "../support/checkout"
import { asClient, logIn, registerShopper, requestPasswordReset, uniqueClient } from "../support/shopper"
import { mailsTo, waitForMail } from "../support/mail"
import { stack } from "../support/stack"

async function firstVariant() {
  const region = await regionByName("Europe")
  const { body } = await store(`/store/products?region_id=${region.id}&fields=variants.id&limit=1`)
  return { region, variantId: body.products[0].variants[0].id as string }
}

describe("one shopper's data is theirs alone", () => {
  it("a second shopper's token (or none) cannot read the first's cart, orders or addresses", async () => {
    const first = await registerShopper("first")
    const second = await registerShopper("second")
    const { region, variantId } = await firstVariant()

    const { body: created } = await store("/store/carts", { token: first.token, body: { region_id: region.id } })
    const cartId = created.cart.id
    expect(created.cart.customer_id).toBe(first.customerId)
    await store(`/store/carts/${cartId}/line-items`, {
      token: first.token,
      body: { variant_id: variantId, quantity: 1 },
    })
    const { body: address } = await store("/store/customers/me/addresses", { token: first.token, body: germanAddress })
    const addressId = address.customer.addresses[0].id

    // The cart: not for the second shopper, not for a guest; the owner still has it.
    expect((await store(`/store/carts/${cartId}`, { token: second.token })).status).toBe(404)
    expect((await store(`/store/carts/${cartId}`)).status).toBe(404)
    const stolen = await store(`/store/carts/${cartId}/line-items`, {
      token: second.token,
      body: { variant_id: variantId, quantity: 5 },
    })
    expect(stolen.status).toBe(404)
    expect(
      (await store(`/store/carts/${cartId}?fields=items.quantity`, { token: first.token })).body.cart.items[0].quantity
    ).toBe(1)

    // The order.
    await store(`/store/carts/${cartId}`, { token: first.token, body: { email: first.email } })
    const placed = await checkout(cartId, first.token)
    expect(placed.body.type).toBe("order")
    const orderId = placed.body.order.id
    expect((await store(`/store/orders/${orderId}`, { token: second.token })).status).toBe(404)
    expect((await store(`/store/orders/${orderId}`)).status).toBe(404)
    expect((await store(`/store/orders/${orderId}`, { token: first.token })).status).toBe(200)
    const { body: theirs } = await store("/store/orders", { token: second.token })
    expect(theirs.orders.map((o: { id: string }) => o.id)).toEqual([])
    const { body: mine } = await store("/store/orders", { token: first.token })
    expect(mine.orders.map((o: { id: string }) => o.id)).toEqual([orderId])

    // The addresses.
    const { body: others } = await store("/store/customers/me/addresses", { token: second.token })
    expect(others.addresses).toEqual([])
    expect((await store(`/store/customers/me/addresses/${addressId}`, { token: second.token })).status).toBe(404)
    expect((await store(`/store/customers/me/addresses/${addressId}`, { token: first.token })).status).toBe(200)
  })

  it("a guest's cart becomes the shopper's on log-in", async () => {
    const shopper = await registerShopper("carry")
    const { region, variantId } = await firstVariant()
    const { body } = await store("/store/carts", { body: { region_id: region.id } })
    await addItem(body.cart.id, variantId, 2)
    const transferred = await store(`/store/carts/${body.cart.id}/customer`, { token: shopper.token, body: {} })
    expect(transferred.status).toBe(200)
    expect(transferred.body.cart.customer_id).toBe(shopper.customerId)
    expect(
      (await store(`/store/carts/${body.cart.id}?fields=items.quantity`, { token: shopper.token })).body.cart.items[0]
        .quantity
    ).toBe(2)
  })
})

describe("password reset", () => {
  it("answers the same for a known and an unknown e-mail, and mails only the account's own address (in English without a language)", async () => {
    const shopper = await registerShopper("reset")
    const unknown = uniqueEmail("nobody")
    const known = await requestPasswordReset(shopper.email, asClient("192.0.2.10"))
    const nobody = await requestPasswordReset(unknown, asClient("192.0.2.10"))
    expect(known.status).toBe(nobody.status)
    expect(known.body).toEqual(nobody.body)
    expect(known.status).toBeLessThan(300)

    const mail = await waitForMail({ to: shopper.email, subject: "Reset your LACREMELUXE password", timeout: 15_000 })
    const link = /(http\S+\/de\/en\/account\/reset-password\?token=[^\s&]+&email=\S+)/.exec(mail.text)![1]
    expect(new URL(link).searchParams.get("email")).toBe(shopper.email)
    expect(await mailsTo(unknown)).toEqual([])

    // The token from the e-mail sets a new password; the old one stops working.
    const token = new URL(link).searchParams.get("token")!
    const update = await fetch(`${stack.backendUrl}/auth/customer/emailpass/update`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ email: shopper.email, password: "a brand new password" }),
    })
    expect(update.status).toBe(200)
    expect((await logIn(shopper.email, "a brand new password")).status).toBe(200)
    expect((await logIn(shopper.email, shopper.password)).status).toBe(401)
  })

  it("asked for from the French store's pages, the e-mail speaks French and links to the French page", async () => {
    const shopper = await registerShopper("reinitialiser")
    const asked = await requestPasswordReset(shopper.email, uniqueClient(), { country: "fr", locale: "fr-FR" })
    expect(asked.status).toBeLessThan(300)
    const mail = await waitForMail({
      to: shopper.email,
      subject: "Réinitialisez votre mot de passe LACREMELUXE",
      timeout: 15_000,
    })
    expect(mail.text).toContain("Pour choisir un nouveau mot de passe, ouvrez ce lien dans les 15 minutes :")
    expect(mail.html).toContain('<html lang="fr">')
    const link = new URL(/Choisir un nouveau mot de passe: (http\S+)/.exec(mail.text)![1])
    expect(link.pathname).toBe("/fr/account/reset-password")
    expect(link.searchParams.get("email")).toBe(shopper.email)
  })
})

describe("deleting an account", () => {
  it("removes the customer and the log-in; the order stays for the shop's records", async () => {
    const shopper = await registerShopper("leaving")
    const { region, variantId } = await firstVariant()
    const { body } = await store("/store/carts", {
      token: shopper.token,
      body: { region_id: region.id, email: shopper.email },
    })
    await store(`/store/carts/${body.cart.id}/line-items`, {
      token: shopper.token,
      body: { variant_id: variantId, quantity: 1 },
    })
    const placed = await checkout(body.cart.id, shopper.token)
    expect(placed.body.type).toBe("order")

    expect((await store("/store/customers/me", { method: "DELETE" })).status).toBe(401)
    const deleted = await store("/store/customers/me", { method: "DELETE", token: shopper.token })
    expect(deleted.status).toBe(200)
    expect(deleted.body).toMatchObject({ id: shopper.customerId, deleted: true })
    expect((await logIn(shopper.email, shopper.password)).status).toBe(401)
    const { body: order } = await admin(`/admin/orders/${placed.body.order.id}?fields=id,email`, {
      token: await adminToken(),
    })
    expect(order.order.email).toBe(shopper.email)
  })
})
