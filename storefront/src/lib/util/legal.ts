import { z } from "zod"
import { links } from "./links"

/**
 * The store's legal pages, linked from the footer. Their text is Markdown in
 * src/content/legal/<slug>.md; the operator's details in src/content/legal/operator.json fill its
 * {{placeholders}}. Pure (no file access): unit-tested.
 */
export const LEGAL_PAGES = [
  { slug: "imprint", label: "Imprint", description: "Who runs the LACREMELUXE shop and how to reach us." },
  {
    slug: "terms",
    label: "Terms and conditions",
    description: "How an order becomes a contract, prices, payment, delivery, warranty and governing law.",
  },
  {
    slug: "privacy",
    label: "Privacy and cookies",
    description:
      "What personal data we process and why, how long we keep it, your rights, and the essential cookies we set.",
  },
  {
    slug: "withdrawal",
    label: "Right of withdrawal",
    description: "Your 14-day right of withdrawal, the model withdrawal form, and when the right does not apply.",
  },
  {
    slug: "shipping-returns",
    label: "Shipping and returns",
    description: "Where we deliver, shipping costs and delivery times, and how to return an order.",
  },
] as const

export type LegalPage = (typeof LEGAL_PAGES)[number]
export type LegalSlug = LegalPage["slug"]

export const LEGAL_SLUGS: readonly LegalSlug[] = LEGAL_PAGES.map((page) => page.slug)

export function legalPage(slug: string): LegalPage | undefined {
  return LEGAL_PAGES.find((page) => page.slug === slug)
}

/** The operator's details; every field is text shown on the imprint, privacy and withdrawal pages. */
export const operatorSchema = z.object({
  company: z.string().min(1),
  street: z.string().min(1),
  postal_code: z.string().min(1),
  city: z.string().min(1),
  country: z.string().min(1),
  managing_director: z.string().min(1),
  register_court: z.string().min(1),
  register_number: z.string().min(1),
  vat_id: z.string().min(1),
  email: z.email(),
  phone: z.string().min(1),
})

export type Operator = z.infer<typeof operatorSchema>

/**
 * Puts the operator's details into the text. An unknown {{placeholder}} is an error, so a typo
 * fails loudly instead of showing braces on a legal page.
 */
export function fillOperator(markdown: string, operator: Operator): string {
  return markdown.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    if (!Object.hasOwn(operator, key)) {
      throw new Error(`Unknown placeholder {{${key}}} in a legal page`)
    }
    return operator[key as keyof Operator]
  })
}

/** Splits a page into its `# Title` line and the rest; a page without one is malformed. */
export function splitTitle(markdown: string): { title: string; body: string } {
  const match = /^# (.+)\r?\n/.exec(markdown)
  if (!match) {
    throw new Error("A legal page must start with a '# Title' line")
  }
  return { title: match[1].trim(), body: markdown.slice(match[0].length) }
}

/** The store's own pages the legal texts may link to (`page:account`). */
const STORE_PAGES: Record<string, (country: string) => string> = {
  account: links.account,
  "order-lookup": links.orderLookup,
}

/**
 * Where a link in a legal page may go: another legal page (legal:<slug>), one of the store's
 * pages (page:account, page:order-lookup), or a web or mail address. Anything else is dropped (the link text stays).
 */
export function resolveLegalLink(href: string, countryCode: string): string | null {
  const trimmed = href.trim()
  if (trimmed.startsWith("legal:")) {
    const page = legalPage(trimmed.slice("legal:".length))
    return page ? links.legal(countryCode, page.slug) : null
  }
  if (trimmed.startsWith("page:")) {
    const name = trimmed.slice("page:".length)
    return Object.hasOwn(STORE_PAGES, name) ? STORE_PAGES[name](countryCode) : null
  }
  return /^(https?|mailto):/i.test(trimmed) ? trimmed : null
}
