"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { addToCart, CartError } from "../data/cart"
import { regionForCountry } from "../data/regions"
import type { CartFormState } from "./form-state"

const AddToCartInput = z.object({
  countryCode: z.string().regex(/^[a-z]{2}$/),
  variantId: z.string().min(1),
  quantity: z.coerce.number().int().min(1).max(20).default(1),
  label: z.string().max(200).default("Item"),
})

/** One round trip from the button: find or create the visitor's cart and add the item. */
export async function addToCartAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const input = AddToCartInput.safeParse(Object.fromEntries(form))
  if (!input.success) {
    return { status: "failed", message: "That item could not be added: the request was incomplete." }
  }
  const region = await regionForCountry(input.data.countryCode)
  if (!region) {
    return { status: "failed", message: "We do not ship to this country yet." }
  }
  try {
    const cart = await addToCart(region, input.data.variantId, input.data.quantity)
    return { status: "done", itemCount: cart.itemCount, message: `${input.data.label} is in your cart.` }
  } catch (error) {
    if (error instanceof CartError) {
      return { status: "failed", message: error.message }
    }
    console.error("add to cart failed", error)
    return { status: "failed", message: "Something went wrong on our side; please try again in a moment." }
  }
}

/** An add on the cart page itself (the SPF its advice suggests): the page shows the new line at once. */
export async function addOnCartPageAction(previous: CartFormState, form: FormData): Promise<CartFormState> {
  const state = await addToCartAction(previous, form)
  if (state.status === "done") {
    revalidatePath("/[countryCode]/cart", "page")
  }
  return state
}
