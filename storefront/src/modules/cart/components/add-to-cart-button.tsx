"use client"

import { useActionState, useEffect } from "react"
import { addToCartAction } from "@/lib/actions/cart"
import { IDLE, type CartFormState } from "@/lib/actions/form-state"
import { announceCartCount } from "./cart-count"

export type AddToCartProps = {
  storePath: string
  variantId: string
  label: string
  buttonText: string
  disabled?: boolean
  disabledText?: string
  /** Another add action with the same answer (the cart page's, which refreshes the page). */
  action?: typeof addToCartAction
}

type Words = { adding: string; outOfStock: string }

/**
 * One button, one round trip: the server action adds the item and answers with the new count.
 * Its words come as props (from AddToCartForm, a server component): no translation runtime in the browser.
 */
export function AddToCartButton({
  storePath,
  variantId,
  label,
  buttonText,
  disabled,
  disabledText,
  action = addToCartAction,
  words,
}: AddToCartProps & { words: Words }) {
  const [state, formAction, pending] = useActionState<CartFormState, FormData>(action, IDLE)

  useEffect(() => {
    if (state.status === "done" && state.itemCount !== undefined) {
      announceCartCount(state.itemCount)
    }
  }, [state])

  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="storePath" value={storePath} />
      <input type="hidden" name="variantId" value={variantId} />
      <input type="hidden" name="label" value={label} />
      <button
        type="submit"
        disabled={disabled || pending}
        className="rounded-full bg-ink px-6 py-3 font-semibold text-cream transition hover:bg-accent disabled:cursor-not-allowed disabled:bg-ink/40"
      >
        {disabled ? (disabledText ?? words.outOfStock) : pending ? words.adding : buttonText}
      </button>
      <p
        role="status"
        aria-live="polite"
        className={state.status === "failed" ? "text-sm text-red-800" : "text-sm text-emerald-800"}
      >
        {state.status === "idle" ? "" : state.message}
      </p>
    </form>
  )
}
