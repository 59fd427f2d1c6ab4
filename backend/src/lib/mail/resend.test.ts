import { describe, expect, it } from "vitest"
import { failedMailsToResend } from "./resend"

const now = new Date("2026-12-03T12:00:00Z")
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000)

describe("which failed e-mails are sent again", () => {
  it("renders order e-mails again from the kind and id they were sent for, each once", () => {
    expect(
      failedMailsToResend(
        [
          { template: "order-placed", data: { kind: "order-placed", id: "order_1" }, created_at: hoursAgo(1) },
          {
            template: "refund-issued",
            data: { kind: "refund-issued", id: "pay_1" },
            created_at: hoursAgo(2).toISOString(),
          },
          // A second refund of the same payment: one request sends every refund not yet sent.
          { template: "refund-issued", data: { kind: "refund-issued", id: "pay_1" }, created_at: hoursAgo(1) },
        ],
        now
      )
    ).toEqual([
      { kind: "order-placed", id: "order_1" },
      { kind: "refund-issued", id: "pay_1" },
    ])
  })

  it("leaves password resets, unknown e-mails and those older than the window alone", () => {
    expect(
      failedMailsToResend(
        [
          { template: "password-reset", data: {}, created_at: hoursAgo(0.1) },
          { template: "newsletter", data: { kind: "newsletter", id: "x" }, created_at: hoursAgo(1) },
          { template: "order-shipped", data: { kind: "order-shipped" }, created_at: hoursAgo(1) },
          { template: "order-shipped", data: null, created_at: hoursAgo(1) },
          { template: "order-canceled", data: { kind: "order-canceled", id: "order_2" }, created_at: hoursAgo(73) },
        ],
        now
      )
    ).toEqual([])
  })
})
