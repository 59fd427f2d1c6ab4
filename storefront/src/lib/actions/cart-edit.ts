"use server"

import { FetchError } from "@medusajs/js-sdk"
import { revalidatePath } from "next/cache"
import { z } from "zod"
import { getCartId } from "../server/cookies"
import { medusa } from "../data/medusa"
import { clientHeaders, personal } from "../server/session"
import type { CartFormState } from "./form-state"

const LineInput = z.object({ lineId: z.string().min(1), quantity: z.coerce.number().int().min(0).max(20) })
const PromoInput = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter a promo code.")
    .max(40, "That code is too long.")
    .transform((code) => code.toUpperCase()),
})

async function cartId(): Promise<string | null> {
  return (await getCartId()) ?? null
}

async function itemCount(id: string): Promise<number> {
  const { cart } = await medusa().store.cart.retrieve(id, { fields: "items.quantity" }, await personal())
  return (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}

function refresh() {
  revalidatePath("/[countryCode]/cart", "page")
}

/** Change a line's quantity; 0 removes it. Medusa checks stock, a refusal leaves the line as it was. */
export async function updateLineAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const input = LineInput.safeParse(Object.fromEntries(form))
  const id = await cartId()
  if (!input.success || !id) {
    return { status: "failed", message: "That change could not be made; please reload the cart." }
  }
  try {
    if (input.data.quantity === 0) {
      await medusa().store.cart.deleteLineItem(id, input.data.lineId, {}, await personal())
    } else {
      await medusa().store.cart.updateLineItem(
        id,
        input.data.lineId,
        { quantity: input.data.quantity },
        {},
        await personal()
      )
    }
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status < 500) {
      return {
        status: "failed",
        message: /inventory|stock/i.test(error.message)
          ? "There are not that many in stock. Your cart is unchanged."
          : error.message,
      }
    }
    throw error
  }
  refresh()
  return { status: "done", itemCount: await itemCount(id) }
}

/** Apply a promo code; an unknown code gets a clear message and changes nothing. */
export async function applyPromoAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const input = PromoInput.safeParse(Object.fromEntries(form))
  if (!input.success) {
    return { status: "failed", message: input.error.issues[0].message }
  }
  const id = await cartId()
  if (!id) {
    return { status: "failed", message: "Your cart is empty." }
  }
  try {
    await medusa().client.fetch(`/store/carts/${id}/promotions`, {
      method: "POST",
      body: { promo_codes: [input.data.code] },
      headers: { ...(await personal()), ...(await clientHeaders()) },
    })
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status < 500) {
      return { status: "failed", message: `“${input.data.code}” is not a valid promo code.` }
    }
    throw error
  }
  refresh()
  return { status: "done", message: `${input.data.code} applied.` }
}

export async function removePromoAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const input = PromoInput.safeParse(Object.fromEntries(form))
  const id = await cartId()
  if (!input.success || !id) {
    return { status: "failed", message: "That code could not be removed; please reload the cart." }
  }
  await medusa().client.fetch(`/store/carts/${id}/promotions`, {
    method: "DELETE",
    body: { promo_codes: [input.data.code] },
    headers: await personal(),
  })
  refresh()
  return { status: "done", message: `${input.data.code} removed.` }
}
