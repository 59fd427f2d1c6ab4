"use client"

import { useActionState, useEffect, useRef } from "react"
import { useTranslations } from "next-intl"
import { updateLineAction } from "@/lib/actions/cart-edit"
import { IDLE, type CartFormState } from "@/lib/actions/form-state"
import { changedBeforeHydration } from "@/lib/util/hydration"
import { announceCartCount } from "./cart-count"

/** Quantity (applied on change) and Remove for one cart line: each is one round trip. */
export function LineControls({
  lineId,
  quantity,
  title,
  storePath,
}: {
  lineId: string
  quantity: number
  title: string
  storePath: string
}) {
  const t = useTranslations("cart")
  const [state, action, pending] = useActionState<CartFormState, FormData>(updateLineAction, IDLE)
  const form = useRef<HTMLFormElement>(null)
  // A quantity chosen before this script ran is applied now.
  useEffect(() => {
    if (form.current && changedBeforeHydration(form.current)) {
      form.current.requestSubmit()
    }
  }, [])
  useEffect(() => {
    if (state.status === "done" && state.itemCount !== undefined) {
      announceCartCount(state.itemCount)
    }
  }, [state])
  const options = Array.from({ length: Math.max(10, quantity) }, (_, index) => index + 1)
  return (
    <form ref={form} action={action} className="flex flex-wrap items-center gap-3 text-sm">
      <input type="hidden" name="lineId" value={lineId} />
      <input type="hidden" name="storePath" value={storePath} />
      <label className="flex items-center gap-2">
        <span>{t("quantity")}</span>
        <select
          name="quantity"
          defaultValue={quantity}
          disabled={pending}
          onChange={() => form.current?.requestSubmit()}
          aria-label={t("quantityOf", { title })}
          className="rounded-lg border border-ink/20 bg-white px-2 py-1"
        >
          {options.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        name="quantity"
        value="0"
        disabled={pending}
        className="underline"
        aria-label={t("removeItem", { title })}
      >
        {t("remove")}
      </button>
      {state.status === "failed" ? (
        <p role="alert" className="w-full text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  )
}
