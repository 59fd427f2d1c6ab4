import type { LegalSlug } from "./legal"

/** Every storefront URL, built in one place. */
export const links = {
  home: (country: string) => `/${country}`,
  guide: (country: string, handle: string) => `/${country}/guide/${handle}`,
  step: (country: string, guideHandle: string, stepHandle: string) => `/${country}/guide/${guideHandle}#${stepHandle}`,
  /** A step's own page in the shop (static; the old `/shop?step=` address redirects here). */
  shopStep: (country: string, stepHandle: string) => `/${country}/shop/${stepHandle}`,
  product: (country: string, handle: string) => `/${country}/products/${handle}`,
  /** The routine quiz; its questions and result carry the shareable answers (lib/util/routine-quiz). */
  routine: (country: string) => `/${country}/routine`,
  routineResult: (country: string) => `/${country}/routine/result`,
  /** Opens the routine saved in the signed-in shopper's account. */
  savedRoutine: (country: string) => `/${country}/routine/saved`,
  cart: (country: string) => `/${country}/cart`,
  checkout: (country: string) => `/${country}/checkout`,
  /** Where Stripe sends the shopper back after a redirect payment (bank, 3-D Secure, wallets). */
  checkoutReturn: (country: string) => `/${country}/checkout/return`,
  order: (country: string, orderId: string) => `/${country}/order/${orderId}`,
  /** A guest finds an order by e-mail and order number. */
  orderLookup: (country: string) => `/${country}/order/lookup`,
  account: (country: string) => `/${country}/account`,
  accountOrder: (country: string, orderId: string) => `/${country}/account/orders/${orderId}`,
  legal: (country: string, page: LegalSlug) => `/${country}/legal/${page}`,
}
