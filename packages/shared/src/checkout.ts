import { z } from "zod"
import { MAX_ADDRESS_PART } from "./address.js"

const text = (what: string, max: number) =>
  z.string().trim().max(max, `The ${what} is too long (at most ${max} characters).`)
const required = (what: string, max = MAX_ADDRESS_PART) => text(what, max).min(1, `The ${what} is missing.`)
const optional = (what: string, max = MAX_ADDRESS_PART) => text(what, max).optional()

/**
 * An address as `POST /store/carts/:id/checkout` takes it (Medusa's address fields). The storefront
 * checks it in depth (postal code per country, US state) before sending it; the backend checks its
 * shape, and Medusa that the country belongs to the cart's region.
 */
export const CheckoutAddress = z
  .object({
    first_name: required("first name"),
    last_name: required("last name"),
    company: optional("company"),
    address_1: required("street address"),
    address_2: optional("second address line"),
    city: required("city"),
    postal_code: required("postal code", 32),
    province: optional("state or province", 64),
    phone: optional("phone number", 64),
    country_code: z
      .string()
      .refine((value) => /^[a-z]{2}$/.test(value), { message: "The country must be a two-letter code, like de." }),
  })
  .strict()
export type CheckoutAddress = z.infer<typeof CheckoutAddress>

const ID = /^[A-Za-z0-9_]{1,64}$/

const ShippingOptionId = z.string().refine((v) => ID.test(v), { message: "shipping_option_id is not an id." })

/**
 * `POST /store/carts/:id/checkout` — what the checkout form sets, in one round trip and one
 * workflow: e-mail, addresses (billing = shipping unless given), shipping method, the payment
 * session with the chosen provider, and whether the shopper wants a refill reminder.
 */
export const CartCheckout = z
  .object({
    email: z.string().trim().email("Please give a valid e-mail address, like name@example.com."),
    shipping_address: CheckoutAddress,
    billing_address: CheckoutAddress.optional(),
    shipping_option_id: ShippingOptionId,
    provider_id: z.string().refine((v) => ID.test(v), { message: "provider_id is not a payment provider's id." }),
    /** The shopper asked for a refill reminder: the order inherits it from the cart's metadata. */
    refill_reminder: z.boolean().optional(),
  })
  .strict()
export type CartCheckout = z.infer<typeof CartCheckout>

/**
 * `POST /store/carts/:id/shipping-method`: the shipping method the checkout page preselects or the
 * shopper picks there, applied at once so the summary shows the total to pay (the address is the
 * cart's; the one-call checkout sends the rest).
 */
export const CartShippingChoice = z.object({ shipping_option_id: ShippingOptionId }).strict()
export type CartShippingChoice = z.infer<typeof CartShippingChoice>

/**
 * What the storefront asks back from the calls that create a cart or put lines in it: enough to
 * count the lines. (Medusa's default answer is the whole cart with its totals: a dozen more reads
 * per call.) The load bench's "ours" checkout asks the same.
 */
export const CART_SUMMARY_FIELDS =
  "id,region_id,locale,completed_at,shipping_address.country_code,items.id,items.quantity"

/** The totals a cart or order summary shows (cart, checkout, confirmation, account). */
export const TOTALS_FIELDS = "original_item_total,original_item_subtotal,discount_total,shipping_total,tax_total,total"

/**
 * What the checkout page reads of the cart, and asks back when it preselects the shipping method:
 * the summary's lines and totals, the address and the chosen method. The load bench asks the same.
 */
export const CHECKOUT_PAGE_FIELDS = `id,email,region_id,locale,currency_code,completed_at,${TOTALS_FIELDS},*shipping_address,shipping_methods.shipping_option_id,items.id,items.product_title,items.variant_title,items.quantity,items.total`

/**
 * What the storefront asks back from `POST /store/carts/:id/complete`: the order's id only. The
 * confirmation page reads the order itself; Medusa's default answer would read and total it again.
 */
export const PLACED_ORDER_FIELDS = "id"

/**
 * `POST` here opens a cart with its first items: Medusa's `POST /store/carts` (same body, same
 * answer) without the refreshes a new cart cannot need (the backend's `openCartWorkflow`).
 */
export const NEW_CART_PATH = "/store/new-carts"

/**
 * The body of `POST NEW_CART_PATH` as the storefront opens a shopper's cart with its first lines: in the
 * region, language and country of the page. The country makes the cart taxed from its first line
 * (the VAT shows in the cart; Medusa computes no tax lines without an address), and the checkout
 * then adds a street address in that country, which re-prices nothing (`localityPricedStep`).
 * The load bench opens its carts the same way.
 */
export function newCartBody<Item>(cart: { region_id: string; country_code: string; locale: string; items: Item[] }) {
  return {
    region_id: cart.region_id,
    locale: cart.locale,
    shipping_address: { country_code: cart.country_code.toLowerCase() },
    items: cart.items,
  }
}
