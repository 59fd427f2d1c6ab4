import { describe, expect, it } from "vitest"
import { store } from "../support/api"
import { placeOrder } from "../support/orders"
import { asClient, registerShopper } from "../support/shopper"

const NO_SUCH_ORDER = "We couldn't find an order with that e-mail and number."
const someClient = () => asClient(`203.0.113.${Math.floor(Math.random() * 250) + 1}`)
const lookUp = (body: unknown, headers = someClient()) => store("/store/order-lookup", { body, headers })

describe("guest order lookup", () => {
  it("finds a guest's order when the e-mail and the order number both match", async () => {
    const order = await placeOrder()
    const found = await lookUp({ email: order.email.toUpperCase(), display_id: `#${order.displayId}` })
    expect(found.status).toBe(200)
    expect(found.body).toEqual({ order_id: order.id })
  })

  it("answers one sentence whichever half is wrong", async () => {
    const order = await placeOrder()
    const other = await placeOrder()
    const wrongEmail = await lookUp({ email: other.email, display_id: order.displayId })
    const wrongNumber = await lookUp({ email: order.email, display_id: 999_999_999 })
    expect(wrongEmail.status).toBe(404)
    expect(wrongNumber.status).toBe(404)
    expect(wrongEmail.body.message).toBe(NO_SUCH_ORDER)
    expect(wrongNumber.body.message).toBe(NO_SUCH_ORDER)
  })

  it("a registered shopper's order is not found by lookup: they sign in", async () => {
    const shopper = await registerShopper("lookup")
    const order = await placeOrder({ token: shopper.token, email: shopper.email })
    const response = await lookUp({ email: shopper.email, display_id: order.displayId })
    expect(response.status).toBe(404)
    expect(response.body.message).toBe(NO_SUCH_ORDER)
  })

  it("a malformed e-mail or order number is refused with a sentence", async () => {
    const badEmail = await lookUp({ email: "not-an-email", display_id: 12 })
    expect(badEmail.status).toBe(400)
    expect(badEmail.body.message).toContain("Enter the e-mail address you ordered with, like name@example.com.")
    const badNumber = await lookUp({ email: "mara@example.test", display_id: "twelve" })
    expect(badNumber.status).toBe(400)
    expect(badNumber.body.message).toContain("Enter the order number from your confirmation e-mail, like 1042.")
  })
})
