import { describe, expect, it } from "vitest"
import { regionByName, store, uniqueEmail } from "../support/api"
import { addItem, checkout, newCart } from "../support/checkout"
import { waitForMail } from "../support/mail"

describe("the order-placed e-mail", () => {
  it("arrives through SMTP, in text and HTML, with the order's number, items, total and address", async () => {
    const region = await regionByName("Europe")
    const { body } = await store(`/store/products?region_id=${region.id}&fields=variants.id&limit=1`)
    const email = uniqueEmail("mail")
    const cart = await newCart("Europe", email)
    await addItem(cart.id, body.products[0].variants[0].id, 1)
    const { body: placed } = await checkout(cart.id)
    expect(placed.type).toBe("order")

    const mail = await waitForMail({ to: email, subject: `Your LACREMELUXE order #${placed.order.display_id}` })
    expect(mail.from).toContain("orders@lacremeluxe.test")
    expect(mail.to).toEqual([email])
    expect(mail.text).toContain("Karl-Liebknecht-Straße 9")
    // The country named in the mail's language, under the town, as on a parcel.
    expect(mail.text).toMatch(/04107 Leipzig\s+Germany/)
    expect(mail.text).toContain(
      `Total — ${new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" }).format(placed.order.total)}`
    )
    expect(mail.html).toContain(`Thank you for your order #${placed.order.display_id}`)
    expect(mail.html).toContain("Karl-Liebknecht-Straße 9")
  })
})
