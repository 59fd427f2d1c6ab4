"use client"

import { useActionState, useEffect } from "react"
import { useTranslations } from "next-intl"
import { addToCartAction } from "@/lib/actions/cart"
import { IDLE, type CartFormState } from "@/lib/actions/form-state"
import { announceCartCount } from "./cart-count"

type Props = {
  storePath: string
  variantId: string
  label: string
  buttonText: string
  disabled?: boolean
  disabledText?: string
  /** Another add action with the same answer (the cart page's, which refreshes the page). */
  action?: typeof addToCartAction
}

/** One button, one round trip: the server action adds the item and answers with the new count. */
export function AddToCartForm({
  storePath,
  variantId,
  label,
  buttonText,
  disabled,
  disabledText,
  action = addToCartAction,
}: Props) {
  const t = useTranslations("cart")
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
        {disabled ? (disabledText ?? t("outOfStock")) : pending ? t("adding") : buttonText}
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
