import { readdir, readFile } from "node:fs/promises"
import path from "node:path"
import { describe, expect, it } from "vitest"
import { regionByName, store, uniqueEmail } from "../support/api"
import { addItem, checkout, newCart } from "../support/checkout"
import { stack } from "../support/stack"

async function mailTo(email: string): Promise<string | undefined> {
  const directory = stack.backendEnv.MAIL_DIR
  const files = await readdir(directory).catch(() => [] as string[])
  for (const file of files) {
    const text = await readFile(path.join(directory, file), "utf8")
    if (text.includes(`To: ${email}`)) {
      return text
    }
  }
  return undefined
}

describe("the order-placed e-mail", () => {
  it("is written, in text and HTML, through the notification module when an order is placed", async () => {
    const region = await regionByName("Europe")
    const { body } = await store(`/store/products?region_id=${region.id}&fields=variants.id&limit=1`)
    const email = uniqueEmail("mail")
    const cart = await newCart("Europe", email)
    await addItem(cart.id, body.products[0].variants[0].id, 1)
    const { body: placed } = await checkout(cart.id)
    expect(placed.type).toBe("order")

    let mail: string | undefined
    for (let attempt = 0; attempt < 30 && !mail; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      mail = await mailTo(email)
    }
    expect(mail).toBeDefined()
    expect(mail).toContain(`Subject: Your LACREMELUXE order #${placed.order.display_id}`)
    expect(mail).toContain("Content-Type: text/plain")
    expect(mail).toContain("Content-Type: text/html")
    expect(mail).toContain("Karl-Liebknecht-Straße 9")
  })
})
