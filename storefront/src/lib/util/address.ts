import { postalAddress, type PostalAddress } from "@lacremeluxe/shared"
import { z } from "zod"
import { US_STATES, stateCode } from "./us-states"

/** Postal codes by country, so a wrong one is refused beside its field before anything is sent. */
const POSTAL_CODES: Record<string, { pattern: RegExp; example: string }> = {
  de: { pattern: /^\d{5}$/, example: "10115" },
  fr: { pattern: /^\d{5}$/, example: "75001" },
  it: { pattern: /^\d{5}$/, example: "00184" },
  es: { pattern: /^\d{5}$/, example: "28013" },
  nl: { pattern: /^\d{4}\s?[A-Za-z]{2}$/, example: "1012 AB" },
  be: { pattern: /^\d{4}$/, example: "1000" },
  at: { pattern: /^\d{4}$/, example: "1010" },
  ie: { pattern: /^[A-Za-z]\d[\dWw]\s?[A-Za-z\d]{4}$/, example: "D02 X285" },
  us: { pattern: /^\d{5}(-\d{4})?$/, example: "94103" },
}

/**
 * Messages are keys of the "forms.errors" messages (with a value after "|"), put into the
 * shopper's language by the server action (lib/i18n/field-errors.ts).
 */
const required = (field: string) => z.string().trim().min(1, `required.${field}`).max(120, `tooLong.${field}`)

/** A postal address as every form asks for it (checkout, the address book). */
const AddressFields = z.object({
  first_name: required("first_name"),
  last_name: required("last_name"),
  address_1: required("address_1"),
  address_2: z.string().trim().max(120).optional(),
  postal_code: z.string().trim().min(1, "required.postal_code"),
  city: required("city"),
  country_code: z.string().trim().toLowerCase(),
  province: z.string().trim().optional(),
  phone: z.string().trim().max(30, "tooLong.phone").optional(),
})

type AddressShape = z.infer<typeof AddressFields>

/** The postal code fits the country, the country is one we ship to, a US address has a state. */
function checkAddress(input: AddressShape, context: z.RefinementCtx) {
  const rule = POSTAL_CODES[input.country_code]
  if (!rule) {
    context.addIssue({ code: "custom", path: ["country_code"], message: "noShipping" })
  } else if (!rule.pattern.test(input.postal_code)) {
    context.addIssue({
      code: "custom",
      path: ["postal_code"],
      message: `postalCode|${rule.example}`,
    })
  }
  if (input.country_code === "us" && !US_STATES.some((state) => state.code === input.province)) {
    context.addIssue({ code: "custom", path: ["province"], message: "chooseState" })
  }
}

export const AddressInput = AddressFields.superRefine(checkAddress)

export const CheckoutInput = AddressFields.extend({
  email: z.string().trim().email("email"),
  shipping_option_id: z.string().min(1, "chooseShipping"),
}).superRefine(checkAddress)

/** Medusa's province for a US state ("CA" → "us-ca"); other countries have none. */
export function medusaProvince(countryCode: string, province: string | undefined) {
  return countryCode === "us" && province ? `us-${province.toLowerCase()}` : undefined
}

/** An address as Medusa returns it, on a cart, an order or in the address book. */
type MedusaAddress = {
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
}

/** An address as the pages show it (with `labelLines`: one line per part, as on a parcel). */
export function displayAddress(a: MedusaAddress): PostalAddress {
  return postalAddress([a.first_name, a.last_name].filter(Boolean).join(" "), a, stateCode(a.province))
}

export type CheckoutInputType = z.infer<typeof CheckoutInput>
export type FieldErrors = Partial<Record<string, string>>

/** zod's issues as one message per field, for showing beside each field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form")
    errors[field] ??= issue.message
  }
  return errors
}
