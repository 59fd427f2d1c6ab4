import { z } from "zod"

/** What the order lookup and return forms accept. Pure: unit-tested, shared by the server actions. */

export const LookupInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .email("Please enter the e-mail address you ordered with, like name@example.com."),
  order_number: z
    .string()
    .trim()
    .regex(/^#?\s*\d{1,9}$/, "Please enter the order number from your confirmation e-mail, like 1042.")
    .transform((value) => Number(value.replace(/^#\s*/, ""))),
})

/** The quantity chosen for each order line arrives as a field named `qty:<line id>`. */
export const QUANTITY_FIELD = "qty:"

export const ReturnInput = z.object({
  items: z
    .array(z.object({ id: z.string().min(1), quantity: z.number().int().min(0).max(1000) }))
    .transform((items) => items.filter((item) => item.quantity > 0))
    .refine((items) => items.length > 0, "Choose at least one item and how many to return."),
  reason_id: z
    .string()
    .trim()
    .max(100)
    .transform((value) => value || undefined),
  note: z
    .string()
    .trim()
    .max(500, "Please keep the note under 500 characters.")
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
