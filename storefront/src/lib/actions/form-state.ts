import type { FieldErrors } from "../util/address"

/**
 * The one answer of every form's server action, read with useActionState: "invalid" puts
 * `fieldErrors` beside their fields (and `values` back into them), "failed" is a refusal in
 * `message`, "done" a success. `Extra` carries what one form needs on top (the cart's item count,
 * Stripe's client secret).
 */
export type FormState<Extra extends object = object> = {
  status: "idle" | "invalid" | "failed" | "done"
  message?: string
  fieldErrors?: FieldErrors
  values?: Record<string, string>
} & Extra

/** The add-to-cart button and the cart page's edits answer with the cart's new item count. */
export type CartFormState = FormState<{ itemCount?: number }>

/** Checkout also answers with Stripe's PaymentIntent client secret, for the Payment Element to confirm. */
export type CheckoutFormState = FormState<{ clientSecret?: string }>

export const IDLE = { status: "idle" } as const satisfies FormState
