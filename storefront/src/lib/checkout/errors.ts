/** What the shopper reads when checkout fails. Pure: the mapping is unit-tested. */

export const PAYMENT_REFUSED =
  "Your payment was not approved, so nothing was charged. Your cart is saved: please try again or choose another payment method."
export const SOLD_OUT = "Something in your cart has just sold out. Your cart is unchanged; please review it."
export const OUR_PROBLEM =
  "We could not place your order because of a problem on our side. Your cart is safe; please try again."

/**
 * A Medusa refusal (a 4xx) in the shopper's words. Medusa's payment refusals name internal
 * sessions ("Session: payses_… was not authorized with the provider."), which mean nothing to a
 * shopper; other 4xx messages (validation) are already written for people.
 */
export function explainRefusal(message: string): string {
  if (/inventory|stock/i.test(message)) {
    return SOLD_OUT
  }
  if (/not authori[sz]ed with the provider|payment.*(authori[sz]|declin|fail)/i.test(message)) {
    return PAYMENT_REFUSED
  }
  return message
}
