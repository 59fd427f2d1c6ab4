"use server"

import { revalidatePath } from "next/cache"
import { getTranslations } from "next-intl/server"
import { formStore } from "../i18n/form-store"
import { z } from "zod"
import { addToCart, CartError, cartErrorMessage } from "../data/cart"
import { regionForCountry } from "../data/regions"
import type { CartFormState } from "./form-state"

const AddToCartInput = z.object({
  storePath: z.string().max(10),
  variantId: z.string().min(1),
  quantity: z.coerce.number().int().min(1).max(20).default(1),
  label: z.string().max(200).default(""),
})

/** One round trip from the button: find or create the visitor's cart and add the item. */
export async function addToCartAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const store = formStore(form)
  const t = await getTranslations({ locale: store.locale, namespace: "cart.actions" })
  const input = AddToCartInput.safeParse(Object.fromEntries(form))
  if (!input.success) {
    return { status: "failed", message: t("incomplete") }
  }
  const region = await regionForCountry(store.country)
  if (!region) {
    return { status: "failed", message: t("noShipping") }
  }
  try {
    const cart = await addToCart(
      { region, country: store.country, locale: store.locale },
      input.data.variantId,
      input.data.quantity
    )
    return { status: "done", itemCount: cart.itemCount, message: t("added", { label: input.data.label }) }
  } catch (error) {
    if (error instanceof CartError) {
      return { status: "failed", message: cartErrorMessage(error, t) }
    }
    console.error("add to cart failed", error)
    return { status: "failed", message: t("ourSide") }
  }
}

/** An add on the cart page itself (the SPF its advice suggests): the page shows the new line at once. */
export async function addOnCartPageAction(previous: CartFormState, form: FormData): Promise<CartFormState> {
  const state = await addToCartAction(previous, form)
  if (state.status === "done") {
    revalidatePath("/[countryCode]/[lang]/cart", "page")
  }
  return state
}
