import { describe, expect, it } from "vitest"
import { createTranslator } from "next-intl"
import { flatten, MESSAGES, messageArguments, messageProblems } from "./check-messages"

describe("the storefront's messages", () => {
  it("has every English message in German and French, with the same arguments", () => {
    expect(messageProblems("de", MESSAGES.de)).toEqual([])
    expect(messageProblems("fr", MESSAGES.fr)).toEqual([])
  })

  it("names a missing, empty, extra or differently shaped message", () => {
    const reference = { cart: { title: "Your cart", count: "{count, plural, one {# item} other {# items}}" } }
    expect(messageProblems("de", { cart: { title: "" } }, reference)).toEqual([
      'de: "cart.title" is empty.',
      'de: "cart.count" is missing.',
    ])
    expect(
      messageProblems("fr", { cart: { title: "Panier", count: "{count} articles", extra: "x" } }, reference)
    ).toEqual(['fr: "cart.count" uses {count}, English {count:plural}.', 'fr: "cart.extra" is not in English.'])
  })

  it("reads arguments inside plural branches, and not the branches' words", () => {
    expect(messageArguments("{count, plural, one {# product matches} other {# products match {q}}}")).toEqual([
      "count:plural",
      "q",
    ])
    expect(messageArguments("Order <n>#{number}</n> is confirmed")).toEqual(["number"])
  })

  it("formats every message in every language (valid ICU, plurals per language)", () => {
    for (const [language, messages] of Object.entries(MESSAGES)) {
      const t = createTranslator({ locale: language, messages }) as unknown as (
        key: string,
        values: Record<string, unknown>
      ) => string
      for (const [key, message] of flatten(messages)) {
        const values = Object.fromEntries(
          messageArguments(message).map((argument) => {
            const [name = "", kind] = argument.split(":")
            return [name, kind === "plural" ? 2 : /<\w+>/.test(message) ? "x" : "x"]
          })
        )
        const tags = Object.fromEntries([...message.matchAll(/<(\w+)>/g)].map(([, tag]) => [tag, (c: unknown) => c]))
        const rendered = /<\w+>/.test(message)
          ? (t as unknown as { rich: (k: string, v: object) => unknown }).rich(key, { ...values, ...tags })
          : t(key, values)
        expect(rendered, `${language}: ${key}`).toBeTruthy()
      }
    }
    const de = createTranslator({ locale: "de-DE", messages: MESSAGES.de })
    expect(de("shop.count", { count: 1 })).toBe("1 Produkt")
    expect(de("shop.count", { count: 3 })).toBe("3 Produkte")
  })
})

describe("the messages sent to the browser", () => {
  it("include every namespace a client component translates with", async () => {
    const { readdir, readFile } = await import("node:fs/promises")
    const path = await import("node:path")
    const { CLIENT_NAMESPACES } = await import("./client-messages")
    const root = path.join(__dirname, "..")
    const files = (await readdir(root, { recursive: true })).filter((file) => /\.tsx?$/.test(file))
    const used = new Set<string>()
    for (const file of files) {
      const text = await readFile(path.join(root, file), "utf8")
      if (!text.startsWith('"use client"')) continue
      for (const [, namespace] of text.matchAll(/useTranslations\("(\w+)/g)) used.add(namespace)
    }
    expect([...used].filter((namespace) => !(CLIENT_NAMESPACES as readonly string[]).includes(namespace))).toEqual([])
    expect(used.size).toBeGreaterThanOrEqual(1)
  })
})
