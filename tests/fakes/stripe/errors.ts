import type { PaymentIntent } from "./store.js"

/** The body of Stripe's error envelope: `{ error: { type, code, message, … } }`. */
export type StripeErrorBody = { type: string; message: string; code?: string; param?: string; [field: string]: unknown }

/** An answer in Stripe's error envelope with Stripe's status code; the server sends it as is. */
export class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly error: StripeErrorBody
  ) {
    super(error.message)
  }
}

export const missing = (kind: string, id: string, param = "id") =>
  new StripeError(404, {
    type: "invalid_request_error",
    code: "resource_missing",
    param,
    message: `No such ${kind}: '${id}'`,
  })

export const missingParam = (param: string) =>
  new StripeError(400, { type: "invalid_request_error", param, message: `Missing required param: ${param}.` })

export const unexpectedState = (intent: PaymentIntent, action: string) =>
  new StripeError(400, {
    type: "invalid_request_error",
    code: "payment_intent_unexpected_state",
    message: `This PaymentIntent's ${action} could not be performed because it has a status of ${intent.status}.`,
    payment_intent: intent,
  })

export const toInt = (value: unknown, param: string) => {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) {
    throw new StripeError(400, { type: "invalid_request_error", param, message: `Invalid integer: ${value}` })
  }
  return number
}
