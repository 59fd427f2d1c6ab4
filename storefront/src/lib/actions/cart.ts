"use server"

import { z } from "zod"
import { addToCart, CartError } from "../data/cart"
import { regionForCountry } from "../data/regions"

export type AddToCartState =
  | { status: "idle" }
  | { status: "added"; itemCount: number; message: string }
  | { status: "error"; message: string }

const AddToCartInput = z.object({
  countryCode: z.string().regex(/^[a-z]{2}$/),
  variantId: z.string().min(1),
  quantity: z.coerce.number().int().min(1).max(20).default(1),
  label: z.string().max(200).default("Item"),
})

/** One round trip from the button: find or create the visitor's cart and add the item. */
export async function addToCartAction(_previous: AddToCartState, form: FormData): Promise<AddToCartState> {
  const input = AddToCartInput.safeParse(Object.fromEntries(form))
  if (!input.success) {
    return { status: "error", message: "That item could not be added: the request was incomplete." }
  }
  const region = await regionForCountry(input.data.countryCode)
  if (!region) {
    return { status: "error", message: "We do not ship to this country yet." }
  }
  try {
    const cart = await addToCart(region, input.data.variantId, input.data.quantity)
    return { status: "added", itemCount: cart.itemCount, message: `${input.data.label} is in your cart.` }
  } catch (error) {
    if (error instanceof CartError) {
      return { status: "error", message: error.message }
    }
    console.error("add to cart failed", error)
    return { status: "error", message: "Something went wrong on our side; please try again in a moment." }
  }
}
