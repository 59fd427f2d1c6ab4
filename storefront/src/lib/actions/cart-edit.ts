"use server"

import { FetchError } from "@medusajs/js-sdk"
import { getTranslations } from "next-intl/server"
import { formStore } from "../i18n/form-store"
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
    .min(1, "empty")
    .max(40, "long")
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
  revalidatePath("/[countryCode]/[lang]/cart", "page")
}

/** Change a line's quantity; 0 removes it. Medusa checks stock, a refusal leaves the line as it was. */
export async function updateLineAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const t = await getTranslations({ locale: formStore(form).locale, namespace: "cart.actions" })
  const input = LineInput.safeParse(Object.fromEntries(form))
  const id = await cartId()
  if (!input.success || !id) {
    return { status: "failed", message: t("reload") }
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
        message: /inventory|stock/i.test(error.message) ? t("notThatMany") : error.message,
      }
    }
    throw error
  }
  refresh()
  return { status: "done", itemCount: await itemCount(id) }
}

/** Apply a promo code; an unknown code gets a clear message and changes nothing. */
export async function applyPromoAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const t = await getTranslations({ locale: formStore(form).locale, namespace: "cart.actions" })
  const input = PromoInput.safeParse(Object.fromEntries(form))
  if (!input.success) {
    return { status: "failed", message: input.error.issues[0].message === "long" ? t("promoLong") : t("promoEmpty") }
  }
  const id = await cartId()
  if (!id) {
    return { status: "failed", message: t("emptyCart") }
  }
  try {
    await medusa().client.fetch(`/store/carts/${id}/promotions`, {
      method: "POST",
      body: { promo_codes: [input.data.code] },
      headers: { ...(await personal()), ...(await clientHeaders()) },
    })
  } catch (error) {
    if (error instanceof FetchError && error.status && error.status < 500) {
      return { status: "failed", message: t("promoInvalid", { code: input.data.code }) }
    }
    throw error
  }
  refresh()
  return { status: "done", message: t("promoApplied", { code: input.data.code }) }
}

export async function removePromoAction(_previous: CartFormState, form: FormData): Promise<CartFormState> {
  const t = await getTranslations({ locale: formStore(form).locale, namespace: "cart.actions" })
  const input = PromoInput.safeParse(Object.fromEntries(form))
  const id = await cartId()
  if (!input.success || !id) {
    return { status: "failed", message: t("promoNotRemoved") }
  }
  await medusa().client.fetch(`/store/carts/${id}/promotions`, {
    method: "DELETE",
    body: { promo_codes: [input.data.code] },
    headers: await personal(),
  })
  refresh()
  return { status: "done", message: t("promoRemoved", { code: input.data.code }) }
}
