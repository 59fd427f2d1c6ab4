"use client"

import Link from "next/link"
import { useTranslations } from "next-intl"
import { useActionState, useEffect } from "react"
import type { CartBatchItem } from "@lacremeluxe/shared"
import { addRoutineToCartAction } from "@/lib/actions/routine"
import { IDLE, type CartFormState } from "@/lib/actions/form-state"
import { links } from "@/lib/util/links"
import { announceCartCount } from "@/modules/cart/components/cart-count"

/** "Add my routine to the cart": one click, one round trip (the batch route, one workflow run). */
export function AddRoutineForm({ storePath, items }: { storePath: string; items: CartBatchItem[] }) {
  const t = useTranslations("routine.add")
  const [state, formAction, pending] = useActionState<CartFormState, FormData>(addRoutineToCartAction, IDLE)

  useEffect(() => {
    if (state.status === "done" && state.itemCount !== undefined) {
      announceCartCount(state.itemCount)
    }
  }, [state])

  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="country" value={storePath} />
      <input type="hidden" name="items" value={JSON.stringify(items)} />
      <button
        type="submit"
        disabled={pending || !items.length}
        className="rounded-full bg-ink px-6 py-3 text-lg font-semibold text-cream transition hover:bg-accent disabled:cursor-not-allowed disabled:bg-ink/40"
      >
        {pending ? t("adding") : t("add")}
      </button>
      <p
        role="status"
        aria-live="polite"
        className={state.status === "failed" ? "text-sm text-red-800" : "text-sm text-emerald-800"}
      >
        {state.status === "idle" ? "" : state.message}{" "}
        {state.status === "done" ? (
          <Link href={links.cart(storePath)} className="font-semibold underline">
            {t("viewCart")}
          </Link>
        ) : null}
      </p>
    </form>
  )
}
