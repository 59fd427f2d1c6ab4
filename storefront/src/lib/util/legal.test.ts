import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { z } from "zod"
import * as cookieNames from "../server/cookie-names"
import { fillOperator, LEGAL_PAGES, operatorSchema, resolveLegalLink, splitTitle } from "./legal"

const contentDir = new URL("../../content/legal/", import.meta.url)
const readPage = (slug: string) => readFileSync(new URL(`${slug}.md`, contentDir), "utf8")
const operator = operatorSchema.parse(JSON.parse(readFileSync(new URL("operator.json", contentDir), "utf8")))

/** The part of seed/store.json the shipping page must agree with. */
const seedStore = z
  .object({
    regions: z.array(
      z.object({
        name: z.string(),
        currency_code: z.enum(["eur", "usd"]),
        countries: z.array(z.object({ code: z.string() })),
        shipping: z.array(
          z.object({ name: z.string(), description: z.string(), price: z.number(), free_from: z.number().optional() })
        ),
      })
    ),
  })
  .parse(JSON.parse(readFileSync(new URL("../../../../seed/store.json", import.meta.url), "utf8")))

const CURRENCY_SYMBOL = { eur: "€", usd: "$" } as const

/** The Markdown from a `## heading` or `### heading` line to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const lines = markdown.split("\n")
  const start = lines.findIndex((line) => /^#{2,3} /.test(line) && line.replace(/^#+ /, "") === heading)
  expect(start, `section "${heading}"`).toBeGreaterThanOrEqual(0)
  const level = lines[start].indexOf(" ")
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && line.indexOf(" ") <= level)
  return lines.slice(start, end === -1 ? undefined : end).join("\n")
}

describe("legal pages", () => {
  it("every footer page has a Markdown file that starts with its '# Title' line", () => {
    for (const { slug } of LEGAL_PAGES) {
      const markdown = readPage(slug)
      expect(markdown.startsWith("# "), slug).toBe(true)
      expect(splitTitle(markdown).title.length, slug).toBeGreaterThan(0)
    }
  })

  it("every {{placeholder}} is one of the operator's details, so no page shows braces", () => {
    for (const { slug } of LEGAL_PAGES) {
      const filled = fillOperator(readPage(slug), operator)
      expect(filled, slug).not.toMatch(/\{\{|\}\}/)
    }
    expect(fillOperator(readPage("imprint"), operator)).toContain(operator.vat_id)
    expect(() => fillOperator("{{ceo}}", operator)).toThrow("{{ceo}}")
  })

  it("the privacy page names every cookie the store sets, each with its lifetime, and says no consent banner is needed", () => {
    const privacy = readPage("privacy")
    const cookies = Object.entries(cookieNames)
      .filter(([name, value]) => name.endsWith("_COOKIE") && typeof value === "string")
      .map(([, value]) => value as string)
    expect(cookies.length).toBeGreaterThanOrEqual(4)
    const listed = section(privacy, "Cookies")
    for (const cookie of cookies) {
      const line = listed.split("\n").find((text) => text.includes(`**${cookie}**`))
      expect(line, cookie).toMatch(/Lifetime: .+\./)
    }
    expect(listed).toContain("no consent banner is needed")
  })

  it("the privacy page names the consent reviews, back-in-stock alerts and refill reminders each need, and what deleting an account removes", () => {
    const privacy = readPage("privacy")
    for (const heading of ["Product reviews", "Back-in-stock alerts", "Refill reminders"]) {
      expect(section(privacy, heading), heading).toContain("consent")
      expect(section(privacy, heading), heading).toContain("Art. 6(1)(a) GDPR")
    }
    expect(section(privacy, "Back-in-stock alerts")).toContain("double opt-in")
    expect(section(privacy, "E-mails we send")).toContain("unsubscribe link that works without signing in")
    const deletion = section(privacy, "Deleting your account")
    for (const words of ["back-in-stock alerts", "refill reminders", "anonymise your reviews"]) {
      expect(deletion).toContain(words)
    }
  })

  it("the shipping page states every shipping option of the seed: price, free-shipping threshold and delivery time", () => {
    const shipping = readPage("shipping-returns")
    const countries = new Intl.DisplayNames(["en"], { type: "region" })
    for (const region of seedStore.regions) {
      const symbol = CURRENCY_SYMBOL[region.currency_code]
      const options = section(shipping, region.name)
      for (const option of region.shipping) {
        const line = options.split("\n").find((text) => text.includes(`**${option.name}:**`))
        expect(line, `${region.name} ${option.name}`).toContain(`${symbol}${option.price.toFixed(2)}`)
        expect(line, `${region.name} ${option.name}`).toContain(option.description)
        if (option.free_from !== undefined) {
          expect(line, `${region.name} ${option.name}`).toContain(
            `Free when the goods in your order come to ${symbol}${option.free_from.toFixed(2)} or more`
          )
        } else {
          expect(line, `${region.name} ${option.name}`).not.toContain("Free")
        }
      }
      for (const { code } of region.countries) {
        expect(section(shipping, "Where we deliver"), code).toContain(countries.of(code.toUpperCase()))
      }
    }
  })

  it("the withdrawal page has the model instructions, the model form and the hygiene exception for opened cosmetics", () => {
    const withdrawal = readPage("withdrawal")
    expect(withdrawal).toContain(
      "You have the right to withdraw from this contract within 14 days without giving any reason."
    )
    expect(section(withdrawal, "Model withdrawal form")).toContain("hereby give notice that I/We")
    expect(section(withdrawal, "When the right of withdrawal does not apply")).toContain(
      "sealed goods which are not suitable for return for reasons of health protection or hygiene"
    )
  })

  it("links between legal pages go to the visitor's country's page; unknown pages and script links are dropped", () => {
    expect(resolveLegalLink("legal:withdrawal", "de")).toBe("/de/legal/withdrawal")
    expect(resolveLegalLink("page:order-lookup", "us")).toBe("/us/order/lookup")
    expect(resolveLegalLink("page:account", "de")).toBe("/de/account")
    expect(resolveLegalLink("page:constructor", "de")).toBeNull()
    expect(resolveLegalLink("legal:shipping-returns", "us")).toBe("/us/legal/shipping-returns")
    expect(resolveLegalLink("https://stripe.com/privacy", "de")).toBe("https://stripe.com/privacy")
    expect(resolveLegalLink("mailto:someone@example.org", "de")).toBe("mailto:someone@example.org")
    for (const href of [
      "legal:cookies",
      "legal:../imprint",
      "javascript:alert(1)",
      "data:text/html,x",
      "//evil.example",
    ]) {
      expect(resolveLegalLink(href, "de"), href).toBeNull()
    }
    for (const { slug } of LEGAL_PAGES) {
      for (const [, href] of readPage(slug).matchAll(/\]\(([^)]+)\)/g)) {
        expect(resolveLegalLink(fillOperator(href, operator), "de"), `${slug}: ${href}`).not.toBeNull()
      }
    }
  })
})
