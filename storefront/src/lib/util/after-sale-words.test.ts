import { describe, expect, it } from "vitest"
import type { AfterSaleView } from "../data/after-sale"
import { createTranslator } from "next-intl"
import de from "../../messages/de.json"
import en from "../../messages/en.json"
import fr from "../../messages/fr.json"
import {
  afterSaleLines as linesIn,
  afterSaleSummary as summaryIn,
  returnWindowWords as windowIn,
  type AfterSaleT,
  type ReturnWindowT,
} from "./after-sale-words"

// The English words, as the storefront shows them in an English store.
const t = createTranslator({ locale: "en-GB", messages: en, namespace: "afterSale" }) as unknown as AfterSaleT
const windowT = (locale: string, messages: typeof en) =>
  createTranslator({ locale, messages, namespace: "returnWindow" }) as unknown as ReturnWindowT
const afterSaleLines = (view: AfterSaleView) => linesIn(view, t, "en-GB")
const afterSaleSummary = (view: AfterSaleView) => summaryIn(view, t, "en-GB")
const returnWindowWords = (view: AfterSaleView) => windowIn(view, t, windowT("en-GB", en), "en-GB")

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

  it("says why no return can be started in the shopper's language, not the backend's English", () => {
    const shipped: AfterSaleView = {
      ...base,
      stage: "delivered",
      shipments: [{ id: "ful_1", shippedAt: "2026-11-03T09:00:00Z", deliveredAt: null, tracking: [] }],
    }
    const refused = (view: AfterSaleView, endsAt: string | null = null): AfterSaleView => ({
      ...view,
      returnWindow: { endsAt, canStart: false, refusal: "An English sentence from the backend." },
    })
    const started = { id: "ret_1", requestedAt: "2026-11-10T10:00:00Z", receivedAt: null, items: [] }
    const german = (view: AfterSaleView) => windowIn(view, t, windowT("de-DE", de), "de-DE")
    expect(german(refused({ ...base, stage: "canceled" }))).toBe(
      "Diese Bestellung wurde storniert, daher gibt es nichts zurückzusenden."
    )
    expect(german(refused(base))).toBe("Eine Rücksendung ist möglich, sobald Ihre Bestellung versandt wurde.")
    expect(german(refused({ ...shipped, returns: [{ ...started, status: "requested" }] }))).toBe(
      "Für diese Bestellung wurde bereits eine Rücksendung gestartet."
    )
    expect(german(refused({ ...shipped, returns: [{ ...started, status: "received" }] }))).toBe(
      "Eine Rücksendung zu dieser Bestellung ist bereits bei uns eingegangen."
    )
    expect(german(refused(shipped, "2026-11-19T09:00:00Z"))).toBe(
      "Die Rückgabefrist für diese Bestellung ist am 19. November 2026 abgelaufen."
    )
    expect(windowIn(refused(shipped, "2026-11-19T09:00:00Z"), t, windowT("fr-FR", fr), "fr-FR")).toBe(
      "Le délai de retour pour cette commande a pris fin le 19 novembre 2026."
    )
    expect(returnWindowWords(refused(shipped, "2999-01-01T00:00:00Z"))).toBe(
      "Everything shipped in this order has already been returned."
    )
  })

  it("names the last day a return can be started", () => {
    expect(
      returnWindowWords({ ...base, returnWindow: { endsAt: "2026-12-19T15:00:00Z", canStart: true, refusal: null } })
    ).toBe("You can start a return until 19 December 2026.")
  })
})
