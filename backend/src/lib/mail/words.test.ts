import { describe, expect, expectTypeOf, it } from "vitest"
import { DEFAULT_LOCALE, LOCALES, type Locale, TRANSLATED_LOCALES } from "@lacremeluxe/shared"
import { MAIL_WORDS, type MailWords } from "./words"

/**
 * Every sentence of every e-mail in every language. The type is the first check (a language
 * without a sentence does not typecheck); these tests add what a type cannot see: no sentence
 * left empty or in English, and every value a sentence names (an order number, a product, a
 * date) named in every language.
 */

type Leaf = { path: string; value: unknown }

function leaves(words: object, prefix = ""): Leaf[] {
  return Object.entries(words).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? leaves(value, `${prefix}${key}.`) : [{ path: prefix + key, value }]
  )
}

/** A sentence as text: a function is called with markers in place of its values. */
const MARKERS = ["⟨1⟩", "⟨2⟩", "⟨3⟩"]
const text = (value: unknown) => (typeof value === "function" ? String(value(...MARKERS)) : String(value))
const markersIn = (sentence: string) => MARKERS.filter((marker) => sentence.includes(marker))

describe("the e-mails' words", () => {
  it("are complete in every language by their type", () => {
    expectTypeOf(MAIL_WORDS).toEqualTypeOf<Record<Locale, MailWords>>()
    expectTypeOf<Omit<MailWords, "passwordReset">>().not.toExtend<MailWords>()
    expectTypeOf<Omit<MailWords["alertConfirmation"], "confirm">>().not.toExtend<MailWords["alertConfirmation"]>()
    expect(Object.keys(MAIL_WORDS).sort()).toEqual([...LOCALES].sort())
  })

  it.each(LOCALES)("%s has every sentence of English, none empty, each naming the same values", (locale) => {
    const english = leaves(MAIL_WORDS[DEFAULT_LOCALE])
    const own = leaves(MAIL_WORDS[locale])
    expect(own.map((leaf) => leaf.path)).toEqual(english.map((leaf) => leaf.path))
    for (const [index, leaf] of own.entries()) {
      expect(typeof leaf.value, leaf.path).toBe(typeof english[index].value)
      expect(text(leaf.value).trim(), leaf.path).not.toBe("")
      expect(markersIn(text(leaf.value)), leaf.path).toEqual(markersIn(text(english[index].value)))
    }
  })

  it.each(TRANSLATED_LOCALES)("%s leaves no sentence in English", (locale) => {
    const english = new Map(leaves(MAIL_WORDS[DEFAULT_LOCALE]).map((leaf) => [leaf.path, text(leaf.value)]))
    // Words the languages share ("Total") are short; a sentence is never the same.
    const same = leaves(MAIL_WORDS[locale]).filter(
      (leaf) => text(leaf.value).length > 12 && text(leaf.value) === english.get(leaf.path)
    )
    expect(same.map((leaf) => leaf.path)).toEqual([])
  })
})
