import type {
  CartAdvice,
  CatalogListing,
  ProductPage,
  RoutinePlan,
  RoutineRequest,
  RoutineResponse,
} from "@lacremeluxe/shared"
import { readFile } from "node:fs/promises"
import path from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { regionByName, store } from "../support/api"
import { newCart } from "../support/checkout"
import { registerShopper } from "../support/shopper"
import { stack } from "../support/stack"

type Region = { id: string; currency_code: string }
type Cart = { id: string; items: { variant_id: string; quantity: number }[] }

let europe: Region
/** Every product's page, read from the Store API: the facts the plan is checked against. */
const pages = new Map<string, ProductPage>()
const byVariant = new Map<string, ProductPage>()

const actives = (page: ProductPage) => (page.skincare?.actives ?? []).map((active) => active.code)
const has = (page: ProductPage, ...codes: string[]) => actives(page).some((code) => codes.includes(code))
const isRetinoid = (page: ProductPage) => has(page, "retinoid")
const isExfoliatingAcid = (page: ProductPage) => has(page, "aha", "bha") && page.skincare!.max_uses_per_week! <= 2
const isClay = (page: ProductPage) => has(page, "clay")
const pageOf = (id: string) => [...pages.values()].find((page) => page.id === id)!
const firstWhere = (test: (page: ProductPage) => boolean) => [...pages.values()].find(test)!
const cheapestVariant = (page: ProductPage) => [...page.variants].sort((a, b) => a.price! - b.price!)[0]

function answers(change: Partial<RoutineRequest> = {}): RoutineRequest {
  return {
    region_id: europe.id,
    skin_type: "oily",
    concerns: ["visible-pores", "blackheads"],
    pregnant: false,
    fragrance_sensitive: false,
    minutes: 20,
    budget: null,
    ...change,
  }
}

async function plan(change: Partial<RoutineRequest> = {}) {
  const { status, body } = await store<RoutineResponse & { message?: string }>("/store/routines", {
    body: answers(change),
  })
  expect(status, body.message).toBe(200)
  return body.routine
}

/** Every rule of the issue, checked on one plan against the products' data read from the API. */
function expectTheRules(routine: RoutinePlan, asked: RoutineRequest) {
  expect(routine.week.map((day) => day.day)).toEqual([
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
  ])
  const used = [...routine.morning, ...routine.evening].map((step) => pageOf(step.product.id))
  for (const day of routine.week) {
    expect(
      day.morning.some((id) => has(pageOf(id), "spf-filter")),
      `SPF on ${day.day}`
    ).toBe(true)
    expect(
      day.evening.some((id) => pageOf(id).step?.handle === "cleanse"),
      `cleanser on ${day.day}`
    ).toBe(true)
    const evening = day.evening.map(pageOf)
    const acids = evening.filter(isExfoliatingAcid)
    expect(acids.length, `acids on ${day.day}`).toBeLessThanOrEqual(1)
    if (acids.length || evening.some(isRetinoid)) {
      expect(evening.filter((page) => has(page, "aha", "bha", "pha")).length, day.day).toBeLessThanOrEqual(1)
      expect(evening.some(isClay), `mask on an acid or retinoid evening (${day.day})`).toBe(false)
    }
    expect(acids.length && evening.some(isRetinoid), `acid with retinoid on ${day.day}`).toBeFalsy()
  }
  const evenings = (test: (page: ProductPage) => boolean) =>
    routine.week.filter((day) => day.evening.map(pageOf).some(test)).length
  expect(evenings(isExfoliatingAcid)).toBeLessThanOrEqual(2)
  expect(evenings(isClay)).toBeLessThanOrEqual(1)
  for (const page of used.filter(isRetinoid)) {
    expect(evenings((p) => p.id === page.id)).toBeLessThanOrEqual(page.skincare!.starting_uses_per_week!)
  }
  for (const page of used) {
    for (const time of ["morning", "evening"] as const) {
      const uses = routine.week.filter((day) => day[time].includes(page.id)).length
      expect(uses, page.handle).toBeLessThanOrEqual(page.skincare!.max_uses_per_week!)
    }
  }
  if (asked.pregnant) {
    expect(used.filter(isRetinoid)).toEqual([])
    expect(used.every((page) => page.skincare!.pregnancy_safe)).toBe(true)
    expect(routine.warnings.map((w) => w.code)).toContain("retinol_pregnancy")
  }
  if (asked.fragrance_sensitive) {
    expect(used.filter((page) => !page.skincare!.fragrance_free).map((page) => page.handle)).toEqual([])
  }
  if (asked.budget) {
    const over = routine.per_month > asked.budget
    expect(!over || routine.warnings.some((w) => w.code === "budget_left_out")).toBe(true)
  }
  // The cart's items are the plan's products, once each, and the total is their price.
  const itemPages = routine.items.map((item) => byVariant.get(item.variant_id)!)
  expect(new Set(itemPages.map((page) => page.id))).toEqual(new Set(used.map((page) => page.id)))
  const prices = routine.items.map(
    (item) => byVariant.get(item.variant_id)!.variants.find((v) => v.id === item.variant_id)!.price!
  )
  expect(routine.total).toBeCloseTo(
    prices.reduce((sum, price) => sum + price, 0),
    2
  )
  expect(routine.currency_code).toBe(europe.currency_code)
}

beforeAll(async () => {
  europe = await regionByName("Europe")
  const { body } = await store<CatalogListing>(`/store/catalog?region_id=${europe.id}&limit=100`)
  for (const card of body.products.filter((card) => !card.is_bundle)) {
    const { body: page } = await store<{ product: ProductPage }>(
      `/store/product-pages/${card.handle}?region_id=${europe.id}`
    )
    pages.set(card.handle, page.product)
    page.product.variants.forEach((variant) => byVariant.set(variant.id, page.product))
  }
})

describe("POST /store/routines: a personal plan by the guide's rules", () => {
  it("gives oily skin with pores and blackheads SPF every morning, a cleanser every evening, and keeps acids, retinol and the mask apart", async () => {
    const asked = answers()
    const routine = await plan(asked)
    expectTheRules(routine, asked)
    const used = routine.evening.map((step) => pageOf(step.product.id))
    expect(used.some(isExfoliatingAcid)).toBe(true)
    expect(used.some(isRetinoid)).toBe(true)
    expect(routine.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["acids_need_spf", "retinol_acid_same_night", "retinol_start_slowly"])
    )
    for (const step of [...routine.morning, ...routine.evening]) {
      expect(step.why.length, step.step).toBeGreaterThan(10)
      expect(step.how).toBe(pageOf(step.product.id).skincare!.how_to_use)
    }
  })

  it("leaves retinol out in pregnancy, keeps a pregnancy-safe serum instead and says why", async () => {
    const asked = answers({ pregnant: true, concerns: ["uneven-texture", "visible-pores"] })
    const routine = await plan(asked)
    expectTheRules(routine, asked)
    expect(routine.evening.some((step) => step.step === "treat")).toBe(true)
    expect(routine.warnings.find((w) => w.code === "retinol_pregnancy")!.message).toMatch(/pregnan/)
  })

  it("holds the rules for sensitive, fragrance-sensitive skin in 5 minutes on a small budget, and lists what it left out", async () => {
    const asked = answers({
      skin_type: "sensitive",
      concerns: ["dryness"],
      fragrance_sensitive: true,
      minutes: 5,
      budget: 25,
    })
    const routine = await plan(asked)
    expectTheRules(routine, asked)
    expect(routine.left_out.length).toBeGreaterThan(0)
    expect(routine.left_out.every((entry) => entry.reason.length > 10)).toBe(true)
    expect(routine.week.some((day) => day.evening.map(pageOf).some(isClay))).toBe(false)
  })

  it("holds the rules for every skin type, pregnant or not, in the short and the full routine", async () => {
    for (const skin_type of ["oily", "combination", "normal", "dry", "sensitive"]) {
      for (const pregnant of [false, true]) {
        for (const minutes of [5, 20]) {
          const asked = answers({ skin_type, pregnant, minutes, fragrance_sensitive: pregnant, concerns: [] })
          expectTheRules(await plan(asked), asked)
        }
      }
    }
  })

  it("prices the plan for the United States in dollars", async () => {
    const us = await regionByName("United States")
    const { status, body } = await store<RoutineResponse>("/store/routines", {
      body: answers({ region_id: us.id }),
    })
    expect(status).toBe(200)
    expect(body.routine.currency_code).toBe("usd")
    // The total is the dollar price of each variant the plan uses, once.
    const used = new Map(
      [...body.routine.morning, ...body.routine.evening].map((step) => [step.variant.id, step.variant.price])
    )
    expect(used.size).toBe(body.routine.items.length)
    expect(body.routine.total).toBeCloseTo(
      [...used.values()].reduce((sum, price) => sum + price, 0),
      2
    )
  })

  it.each([
    ["an unknown skin type", { skin_type: "greasy" }, /skin type/],
    ["an unknown concern", { concerns: ["wrinkles"] }, /concerns/],
    ["a negative budget", { budget: -5 }, /positive/],
    ["no region", { region_id: undefined }, /region_id/],
    ["an unknown region", { region_id: "reg_nowhere" }, /region/],
    ["an extra key", { email: "a@b.test" }, /email/],
    ["minutes that are not a whole number", { minutes: 7.5 }, /minutes/i],
  ])("refuses %s with a sentence", async (_what, change, message) => {
    const body = { ...answers(), ...change } as Record<string, unknown>
    for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key]
    const response = await store<{ message: string }>("/store/routines", { body })
    expect(response.status).toBe(400)
    expect(response.body.message).toMatch(message)
  })

  it("never writes the pregnancy answer to the backend's log, answered or refused", async () => {
    const pregnant = answers({ pregnant: true })
    expect((await store("/store/routines", { body: pregnant })).status).toBe(200)
    expect((await store("/store/routines", { body: { ...pregnant, skin_type: "greasy" } })).status).toBe(400)
    const log = await readFile(path.join(stack.logDir, "backend.log"), "utf8")
    expect(log.length).toBeGreaterThan(0)
    expect(log).not.toMatch(/pregnant/i)
  })
})

describe("POST /store/carts/:id/line-items/batch: the routine into the cart in one round trip", () => {
  it("adds every line with its quantity in one call and answers the cart", async () => {
    const cart = await newCart()
    const routine = await plan()
    const items = routine.items.map((item, index) => ({ ...item, quantity: index === 0 ? 2 : 1 }))
    const { status, body } = await store<{ cart: Cart }>(`/store/carts/${cart.id}/line-items/batch`, {
      body: { items },
    })
    expect(status).toBe(200)
    const lines = Object.fromEntries(body.cart.items.map((line) => [line.variant_id, line.quantity]))
    expect(lines).toEqual(Object.fromEntries(items.map((item) => [item.variant_id, item.quantity])))
  })

  it("adds nothing when one variant is unknown", async () => {
    const cart = await newCart()
    const known = cheapestVariant(firstWhere((page) => has(page, "spf-filter")))
    const response = await store<{ message: string }>(`/store/carts/${cart.id}/line-items/batch`, {
      body: {
        items: [
          { variant_id: known.id, quantity: 1 },
          { variant_id: "variant_unknown", quantity: 1 },
        ],
      },
    })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(response.body.message.length).toBeGreaterThan(5)
    const { body } = await store<{ cart: Cart }>(`/store/carts/${cart.id}`)
    expect(body.cart.items).toEqual([])
  })

  it("refuses someone else's cart and bad bodies with a sentence", async () => {
    const owner = await registerShopper("routine-owner")
    const { body: created } = await store<{ cart: Cart }>("/store/carts", {
      token: owner.token,
      body: { region_id: europe.id },
    })
    const variant = cheapestVariant(firstWhere((page) => has(page, "spf-filter")))
    const batch = { items: [{ variant_id: variant.id, quantity: 1 }] }
    const stranger = await registerShopper("routine-stranger")
    for (const token of [undefined, stranger.token]) {
      const refused = await store(`/store/carts/${created.cart.id}/line-items/batch`, { token, body: batch })
      expect(refused.status).toBe(404)
      expect((await store(`/store/carts/${created.cart.id}/advice`, { token })).status).toBe(404)
    }
    const own = await store<{ cart: Cart }>(`/store/carts/${created.cart.id}/line-items/batch`, {
      token: owner.token,
      body: batch,
    })
    expect(own.status).toBe(200)
    expect(own.body.cart.items).toHaveLength(1)

    const cart = await newCart()
    for (const body of [{ items: [] }, { items: [{ variant_id: variant.id, quantity: 0 }] }, { lines: [] }]) {
      const refused = await store<{ message: string }>(`/store/carts/${cart.id}/line-items/batch`, { body })
      expect(refused.status, JSON.stringify(body)).toBe(400)
      expect(refused.body.message.length).toBeGreaterThan(5)
    }
  })
})

describe("GET /store/carts/:id/advice: the rules on what a cart holds", () => {
  async function cartWith(...selected: ProductPage[]) {
    const cart = await newCart()
    const items = selected.map((page) => ({ variant_id: cheapestVariant(page).id, quantity: 1 }))
    const added = await store(`/store/carts/${cart.id}/line-items/batch`, { body: { items } })
    expect(added.status).toBe(200)
    return cart.id
  }
  const adviceOn = async (cartId: string) =>
    (await store<{ advice: CartAdvice[] }>(`/store/carts/${cartId}/advice`)).body.advice

  it("says a retinoid and an acid go on different evenings, and offers the SPF they need in one click", async () => {
    const retinoid = firstWhere(isRetinoid)
    const acid = firstWhere(isExfoliatingAcid)
    const cartId = await cartWith(retinoid, acid)
    const advice = await adviceOn(cartId)
    expect(advice.map((a) => a.code).sort()).toEqual(["needs_spf", "retinoid_with_acid"])
    const spf = advice.find((a) => a.code === "needs_spf")!.add!
    expect(has(byVariant.get(spf.variant_id)!, "spf-filter")).toBe(true)

    await store(`/store/carts/${cartId}/line-items/batch`, {
      body: { items: [{ variant_id: spf.variant_id, quantity: 1 }] },
    })
    expect((await adviceOn(cartId)).map((a) => a.code)).toEqual(["retinoid_with_acid"])
  })

  it("says two exfoliants are to be alternated, and has nothing to say about a cleanser alone", async () => {
    const acids = [...pages.values()].filter(isExfoliatingAcid).slice(0, 2)
    const spf = firstWhere((page) => has(page, "spf-filter"))
    expect((await adviceOn(await cartWith(...acids, spf))).map((a) => a.code)).toEqual(["two_exfoliants"])
    const cleanser = firstWhere((page) => page.step?.handle === "cleanse")
    expect(await adviceOn(await cartWith(cleanser))).toEqual([])
  })
})

describe("product pages carry the routine's facts and advice", () => {
  it("shows a retinoid's starting evenings, its weekly limit and what not to combine it with", async () => {
    const retinoid = firstWhere(isRetinoid)
    expect(retinoid.skincare!.starting_uses_per_week).toBeGreaterThan(0)
    expect(retinoid.routine_advice!.starting_uses_per_week).toBe(retinoid.skincare!.starting_uses_per_week)
    expect(retinoid.routine_advice!.limit).toMatch(/Start on \d evenings a week/)
    expect(retinoid.routine_advice!.avoid.join(" ")).toMatch(/AHA or BHA/)
    expect(retinoid.routine_advice!.avoid.join(" ")).toMatch(/pregnancy/)
    for (const page of pages.values()) {
      expect(page.skincare!.amount_per_use_ml, page.handle).toBeGreaterThan(0)
      expect(page.routine_advice, page.handle).not.toBeNull()
    }
  })
})
