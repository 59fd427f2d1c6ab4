import type { FieldErrors } from "../util/address"

type Translate = (key: string, values?: Record<string, string>) => string

/**
 * Field errors in the shopper's language: the shared schemas (lib/util/address.ts) name a key of
 * the "forms.errors" messages, with a value after "|" ("postalCode|10115"). A message that is no
 * key (Medusa's own words) stays as it is.
 */
export function translateFieldErrors(errors: FieldErrors, t: { (key: never): string; has(key: never): boolean }) {
  const translate = t as unknown as Translate & { has(key: string): boolean }
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => {
      const [key = "", example = ""] = (message ?? "").split("|")
      return [field, translate.has(key) ? translate(key, { example }) : message]
    })
  ) as FieldErrors
}
