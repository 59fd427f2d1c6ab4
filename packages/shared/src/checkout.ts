import { z } from "zod"
import { MAX_ADDRESS_PART } from "./address.js"

const part = (what: string, { required = false, max = MAX_ADDRESS_PART } = {}) => {
  const text = z.string().trim().max(max, `The ${what} is too long (at most ${max} characters).`)
  return required ? text.min(1, `The ${what} is missing.`) : text.optional()
}

/**
 * An address as `POST /store/carts/:id/checkout` takes it (Medusa's address fields). The storefront
 * checks it in depth (postal code per country, US state) before sending it; the backend checks its
 * shape, and Medusa that the country belongs to the cart's region.
 */
export const CheckoutAddress = z
  .object({
    first_name: part("first name", { required: true }),
    last_name: part("last name", { required: true }),
    company: part("company"),
    address_1: part("street address", { required: true }),
    address_2: part("second address line"),
    city: part("city", { required: true }),
    postal_code: part("postal code", { required: true, max: 32 }),
    province: part("state or province", { max: 64 }),
    phone: part("phone number", { max: 64 }),
    country_code: z
      .string()
      .refine((value) => /^[a-z]{2}$/.test(value), { message: "The country must be a two-letter code, like de." }),
  })
  .strict()
export type CheckoutAddress = z.infer<typeof CheckoutAddress>

const ID = /^[A-Za-z0-9_]{1,64}$/

/**
 * `POST /store/carts/:id/checkout` — what the checkout form sets, in one round trip and one
 * workflow: e-mail, addresses (billing = shipping unless given), shipping method and the payment
 * session with the chosen provider.
 */
export const CartCheckout = z
  .object({
    email: z.string().trim().email("Please give a valid e-mail address, like name@example.com."),
    shipping_address: CheckoutAddress,
    billing_address: CheckoutAddress.optional(),
    shipping_option_id: z.string().refine((v) => ID.test(v), { message: "shipping_option_id is not an id." }),
    provider_id: z.string().refine((v) => ID.test(v), { message: "provider_id is not a payment provider's id." }),
  })
  .strict()
export type CartCheckout = z.infer<typeof CartCheckout>
