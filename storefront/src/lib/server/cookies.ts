import "server-only"
import { cookies } from "next/headers"

import { CART_COOKIE, LAST_ORDER_COOKIE, ORDER_ACCESS_COOKIE, ROUTINE_PREGNANCY_COOKIE } from "./cookie-names"

/** Every cookie the store sets: httpOnly (scripts cannot read them), sameSite, secure over HTTPS. */
export function cookieOptions(maxAge: number) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: process.env.NODE_ENV === "production" && process.env.INSECURE_COOKIES !== "true",
    path: "/",
    maxAge,
  }
}

export async function getCartId(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value
}

export async function setCartId(cartId: string): Promise<void> {
  ;(await cookies()).set(CART_COOKIE, cartId, cookieOptions(60 * 60 * 24 * 30))
}

export async function clearCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function rememberPlacedOrder(orderId: string): Promise<void> {
  const jar = await cookies()
  jar.set(LAST_ORDER_COOKIE, orderId, cookieOptions(60 * 60 * 24))
  jar.delete(CART_COOKIE)
}

export async function placedOrderId(): Promise<string | undefined> {
  return (await cookies()).get(LAST_ORDER_COOKIE)?.value
}

/** A guest looked their order up (e-mail + order number): this browser may follow it for a day. */
export async function rememberLookedUpOrder(orderId: string): Promise<void> {
  ;(await cookies()).set(ORDER_ACCESS_COOKIE, orderId, cookieOptions(60 * 60 * 24))
}

/** Whether this browser placed the order or looked it up. */
export async function hasGuestAccess(orderId: string): Promise<boolean> {
  const jar = await cookies()
  return [jar.get(LAST_ORDER_COOKIE)?.value, jar.get(ORDER_ACCESS_COOKIE)?.value].includes(orderId)
}

/** The quiz's pregnancy answer, kept two hours: long enough for the quiz, its result and the cart. */
export async function rememberPregnancyAnswer(pregnant: boolean): Promise<void> {
  ;(await cookies()).set(ROUTINE_PREGNANCY_COOKIE, pregnant ? "yes" : "no", cookieOptions(60 * 60 * 2))
}

export async function pregnancyAnswer(): Promise<boolean | undefined> {
  const value = (await cookies()).get(ROUTINE_PREGNANCY_COOKIE)?.value
  return value === "yes" ? true : value === "no" ? false : undefined
}
