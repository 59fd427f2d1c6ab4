import { z } from "zod"

/**
 * Whether text holds control characters (NUL, escape, …) that no name, note or number should:
 * they corrupt logs and e-mails, and PostgreSQL refuses NUL. Tabs and line breaks count as text
 * where `allowLineBreaks` says so (notes); single-line values refuse them too.
 */
export function hasControlCharacters(value: string, { allowLineBreaks = false } = {}): boolean {
  for (const char of value) {
    const code = char.codePointAt(0)!
    const lineBreak = code === 9 || code === 10 || code === 13
    if ((code < 32 && !(allowLineBreaks && lineBreak)) || (code >= 127 && code < 160)) {
      return true
    }
  }
  return false
}

// Refinements rather than min/max: Medusa's validation error keeps their messages as written, so
// the API, the admin forms and the storefront say the same sentence.
/** Text that must not be empty (after trimming) nor longer than `max`, refused with sentences. */
export const requiredText = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text.` })
    .trim()
    .refine((value) => value.length > 0, `${field} cannot be empty.`)
    .refine((value) => value.length <= max, `${field} is longer than ${max} characters.`)
