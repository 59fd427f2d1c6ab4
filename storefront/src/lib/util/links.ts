import type { LegalSlug } from "./legal"

/**
 * The first path segment after the store of every page (`/de/guide/…`, `/de/en/guide/…`):
 * next.config.ts rewrites a country's bare path to its language's pages with these.
 */
export const STORE_SECTIONS = [
  "guide",
  "shop",
  "products",
  "routine",
  "cart",
  "checkout",
  "order",
  "account",
  "legal",
  // Where the links in alert and reminder e-mails lead (confirm, unsubscribe, refill the cart).
  "alerts",
  "refill",
] as const

/**
 * Every storefront URL, built in one place. `store` is the store's path prefix (`storePath` of
 * @lacremeluxe/shared): "de" for German in Germany, "de/en" for English there.
 */
export const links = {
  home: (store: string) => `/${store}`,
  guide: (store: string, handle: string) => `/${store}/guide/${handle}`,
  step: (store: string, guideHandle: string, stepHandle: string) => `/${store}/guide/${guideHandle}#${stepHandle}`,
  /** A step's own page in the shop (static; the old `/shop?step=` address redirects here). */
  shopStep: (store: string, stepHandle: string) => `/${store}/shop/${stepHandle}`,
  product: (store: string, handle: string) => `/${store}/products/${handle}`,
  /** The routine quiz; its questions and result carry the shareable answers (lib/util/routine-quiz). */
  routine: (store: string) => `/${store}/routine`,
  routineResult: (store: string) => `/${store}/routine/result`,
  /** Opens the routine saved in the signed-in shopper's account. */
  savedRoutine: (store: string) => `/${store}/routine/saved`,
  cart: (store: string) => `/${store}/cart`,
  checkout: (store: string) => `/${store}/checkout`,
  /** Where Stripe sends the shopper back after a redirect payment (bank, 3-D Secure, wallets). */
  checkoutReturn: (store: string) => `/${store}/checkout/return`,
  order: (store: string, orderId: string) => `/${store}/order/${orderId}`,
  /** A guest finds an order by e-mail and order number. */
  orderLookup: (store: string) => `/${store}/order/lookup`,
  account: (store: string) => `/${store}/account`,
  accountOrder: (store: string, orderId: string) => `/${store}/account/orders/${orderId}`,
  legal: (store: string, page: LegalSlug) => `/${store}/legal/${page}`,
}
