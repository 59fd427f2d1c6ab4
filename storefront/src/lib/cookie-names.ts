/** Cookie names, shared by the proxy and the server-side cookie helpers. */
export const CART_COOKIE = "lcl_cart"
export const COUNTRY_COOKIE = "lcl_country"
export const COUNTRY_COOKIE_MAX_AGE = 60 * 60 * 24 * 365
