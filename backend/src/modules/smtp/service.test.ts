import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { TestSmtpServer } from "../../../../tests/support/smtp-server.mjs" with { "resolution-mode": "import" }
import SmtpNotificationService from "./service"

// The provider against a real SMTP server on loopback (the one the test run uses), no Medusa needed.
let server: TestSmtpServer
let urls: { smtpUrl: string; httpUrl: string }

const control = (change: Record<string, unknown>) =>
  fetch(`${urls.httpUrl}/control`, { method: "POST", body: JSON.stringify(change) })

const notification = (to: string) => ({
  to,
  channel: "email",
  template: "order-shipped",
  content: { subject: "Your order #7 is on its way", text: "Tracking number: X1", html: "<p>Tracking number: X1</p>" },
})

describe("the SMTP notification provider", () => {
  beforeAll(async () => {
    const { createSmtpServer } = await import("../../../../tests/support/smtp-server.mjs")
    server = createSmtpServer({ password: "provider-test" })
    urls = await server.listen()
  })
  afterAll(() => server.close())

  it("sends text and HTML from MAIL_FROM to the recipient, logging in with SMTP_URL's credentials", async () => {
    const provider = new SmtpNotificationService({}, { url: urls.smtpUrl, from: "LACREMELUXE <orders@shop.test>" })
    const result = await provider.send(notification("mara@example.test") as never)
    expect(result.id).toMatch(/@/)
    const [mail] = server.messages.filter((m) => m.to.includes("mara@example.test"))
    expect(mail.from).toBe('"LACREMELUXE" <orders@shop.test>')
    expect(mail.subject).toBe("Your order #7 is on its way")
    expect(mail.text).toContain("Tracking number: X1")
    expect(mail.html).toContain("<p>Tracking number: X1</p>")
    expect(mail.headers["x-template"]).toBe("order-shipped")
  })

  it("throws when the server refuses the recipient, is down, or refuses the log-in", async () => {
    const provider = new SmtpNotificationService({}, { url: urls.smtpUrl, from: "orders@shop.test" })
    await control({ refuse: "refused.test" })
    await expect(provider.send(notification("x@refused.test") as never)).rejects.toThrow(/550/)
    await control({ refuse: null, down: true })
    await expect(provider.send(notification("y@example.test") as never)).rejects.toThrow(/421/)
    await control({ down: false })
    const wrongPassword = new SmtpNotificationService(
      {},
      { url: urls.smtpUrl.replace("provider-test", "wrong"), from: "orders@shop.test" }
    )
    await expect(wrongPassword.send(notification("z@example.test") as never)).rejects.toThrow(
      /Invalid username or password|535/
    )
    expect(server.messages.map((m) => m.to[0])).toEqual(["mara@example.test"])
  })
})
