/** Cookie names, shared by the proxy and the server-side cookie helpers. */
export const CART_COOKIE = "lcl_cart"
/** The shopper's country (the region switch) and language (the language switch), for `/` and bare paths. */
export const COUNTRY_COOKIE = "lcl_country"
export const LANGUAGE_COOKIE = "lcl_language"
export const STORE_CHOICE_MAX_AGE = 60 * 60 * 24 * 365
/** The order just placed: only the browser that placed it sees its confirmation page. */
export const LAST_ORDER_COOKIE = "lcl_last_order"
/** A guest's order found by e-mail and order number: its status and returns, in this browser only. */
export const ORDER_ACCESS_COOKIE = "lcl_order_access"
/** A signed-in shopper's session: Medusa's customer token, httpOnly, never readable by scripts. */
export const SESSION_COOKIE = "lcl_session"
/**
 * The quiz's pregnancy-or-breastfeeding answer ("yes"/"no"): health data, so never in a URL. It
 * lives for the quiz and its result only, httpOnly.
 */
export const ROUTINE_PREGNANCY_COOKIE = "lcl_routine_pregnancy"
