import { z } from "zod"

/**
 * What the order lookup and return forms accept. Pure: unit-tested, shared by the server actions.
 * Messages are keys of the "orderActions.errors" messages, put into the shopper's language by the
 * action (lib/i18n/field-errors.ts).
 */

export const LookupInput = z.object({
  email: z.string().trim().toLowerCase().email("email"),
  order_number: z
    .string()
    .trim()
    .regex(/^#?\s*\d{1,9}$/, "orderNumber")
    .transform((value) => Number(value.replace(/^#\s*/, ""))),
})

/** The quantity chosen for each order line arrives as a field named `qty:<line id>`. */
export const QUANTITY_FIELD = "qty:"

/** Any problem with the lines (none chosen, a quantity that is no whole number) asks for the same thing. */
const CHOOSE_ITEMS = "chooseItems"

const ReturnLine = z.object({
  id: z.string().min(1, CHOOSE_ITEMS),
  quantity: z.number({ error: CHOOSE_ITEMS }).int(CHOOSE_ITEMS).min(0, CHOOSE_ITEMS).max(1000, CHOOSE_ITEMS),
})

export const ReturnInput = z.object({
  items: z
    .array(ReturnLine)
    .transform((items) => items.filter((item) => item.quantity > 0))
    .refine((items) => items.length > 0, CHOOSE_ITEMS),
  reason_id: z
    .string()
    .trim()
    .max(100, "reason")
    .transform((value) => value || undefined),
  note: z
    .string()
    .trim()
    .max(500, "noteLong")
    .transform((value) => value || undefined),
})

export type ReturnRequest = z.infer<typeof ReturnInput>

/** A return form's fields as ReturnInput reads them. */
export function returnFormValues(form: FormData) {
  const items = [...form.keys()]
    .filter((key) => key.startsWith(QUANTITY_FIELD))
    .map((key) => ({ id: key.slice(QUANTITY_FIELD.length), quantity: Number(form.get(key) ?? 0) }))
  return { items, reason_id: String(form.get("reason_id") ?? ""), note: String(form.get("note") ?? "") }
}
