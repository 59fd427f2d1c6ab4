import "server-only"
import { cookies } from "next/headers"

const CART_COOKIE = "lcl_cart"
const COUNTRY_COOKIE = "lcl_country"
const YEAR = 60 * 60 * 24 * 365

/** Every cookie the store sets: httpOnly (scripts cannot read them), sameSite, secure over HTTPS. */
function options(maxAge: number) {
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
  ;(await cookies()).set(CART_COOKIE, cartId, options(60 * 60 * 24 * 30))
}

export async function clearCartId(): Promise<void> {
  ;(await cookies()).delete(CART_COOKIE)
}

export async function rememberCountry(countryCode: string): Promise<void> {
  ;(await cookies()).set(COUNTRY_COOKIE, countryCode, options(YEAR))
}

export { COUNTRY_COOKIE }
