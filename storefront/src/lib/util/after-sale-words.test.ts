import { describe, expect, it } from "vitest"
import type { AfterSaleView } from "../data/after-sale"
import { createTranslator } from "next-intl"
import en from "../../messages/en.json"
import {
  afterSaleLines as linesIn,
  afterSaleSummary as summaryIn,
  returnWindowWords as windowIn,
  type AfterSaleT,
} from "./after-sale-words"

// The English words, as the storefront shows them in an English store.
const t = createTranslator({ locale: "en-GB", messages: en, namespace: "afterSale" }) as unknown as AfterSaleT
const afterSaleLines = (view: AfterSaleView) => linesIn(view, t, "en-GB")
const afterSaleSummary = (view: AfterSaleView) => summaryIn(view, t, "en-GB")
const returnWindowWords = (view: AfterSaleView) => windowIn(view, t, "en-GB")

const base: AfterSaleView = {
  orderId: "order_1",
  stage: "processing",
  shipments: [],
  returns: [],
  refunds: [],
  refundedTotal: 0,
  currencyCode: "eur",
  returnWindow: { endsAt: null, canStart: false, refusal: "A return can be started once your order has shipped." },
  returnable: [],
  returnAddress: null,
}

describe("an order's state in words", () => {
  it("before shipment says it is being prepared, and why no return can start yet", () => {
    expect(afterSaleLines(base)).toEqual([{ text: "Order received — we're getting it ready" }])
    expect(returnWindowWords(base)).toBe("A return can be started once your order has shipped.")
  })

  it("shipped with a tracking link, delivered, returned and refunded", () => {
    const view: AfterSaleView = {
      ...base,
      stage: "delivered",
      shipments: [
        {
          id: "ful_1",
          shippedAt: "2026-12-03T09:00:00Z",
          deliveredAt: "2026-12-05T15:00:00Z",
          tracking: [{ number: "LCL1", url: "https://track.example/LCL1" }],
        },
      ],
      returns: [
        {
          id: "ret_1",
          status: "received",
          requestedAt: "2026-12-07T10:00:00Z",
          receivedAt: "2026-12-10T10:00:00Z",
          items: [],
        },
      ],
      refunds: [{ amount: 12, createdAt: "2026-12-11T10:00:00Z" }],
      refundedTotal: 12,
    }
    expect(afterSaleLines(view)).toEqual([
      {
        text: "Shipped on 3 Dec (tracking number LCL1)",
        link: { href: "https://track.example/LCL1", label: "Track parcel" },
      },
      { text: "Delivered on 5 Dec" },
      { text: "Return received on 10 Dec" },
      { text: "€12.00 refunded on 11 Dec" },
    ])
    expect(afterSaleSummary(view)).toBe("Delivered · Return received · €12.00 refunded")
  })

  it("offers no link for a tracking URL that is not http(s)", () => {
    const view: AfterSaleView = {
      ...base,
      stage: "shipped",
      shipments: [
        {
          id: "ful_1",
          shippedAt: "2026-12-03T09:00:00Z",
          deliveredAt: null,
          tracking: [{ number: "X", url: "javascript:alert(1)" }],
        },
      ],
    }
    expect(afterSaleLines(view)).toEqual([{ text: "Shipped on 3 Dec (tracking number X)", link: undefined }])
  })

  it("names the last day a return can be started", () => {
    expect(
      returnWindowWords({ ...base, returnWindow: { endsAt: "2026-12-19T15:00:00Z", canStart: true, refusal: null } })
    ).toBe("You can start a return until 19 December 2026.")
  })
})
