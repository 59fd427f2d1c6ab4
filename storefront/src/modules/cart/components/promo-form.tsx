"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { applyPromoAction, removePromoAction } from "@/lib/actions/cart-edit"
import { IDLE, type CartFormState } from "@/lib/actions/form-state"

function RemovePromo({ code, storePath }: { code: string; storePath: string }) {
  const t = useTranslations("cart")
  const [, action, pending] = useActionState<CartFormState, FormData>(removePromoAction, IDLE)
  return (
    <form action={action} className="inline">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="storePath" value={storePath} />
      <button type="submit" disabled={pending} className="underline" aria-label={t("removePromo", { code })}>
        {t("remove")}
      </button>
    </form>
  )
}

export function PromoForm({ applied, storePath }: { applied: string[]; storePath: string }) {
  const t = useTranslations("cart")
  const [state, action, pending] = useActionState<CartFormState, FormData>(applyPromoAction, IDLE)
  return (
    <div className="mt-6 rounded-2xl bg-white p-4 ring-1 ring-ink/10">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="storePath" value={storePath} />
        <label className="flex-1 text-sm font-semibold">
          {t("promoCode")}
          <input
            name="code"
            autoComplete="off"
            aria-invalid={state.status === "failed" ? true : undefined}
            aria-describedby="promo-message"
            className="mt-1 block w-full rounded-lg border border-ink/20 px-3 py-2 font-normal uppercase"
          />
        </label>
        <button
          type="submit"
          disabled={pending}
          className="rounded-full bg-ink px-5 py-2 text-sm font-semibold text-cream hover:bg-accent disabled:bg-ink/40"
        >
          {t("apply")}
        </button>
      </form>
      <p
        id="promo-message"
        role="status"
        className={state.status === "failed" ? "mt-2 text-sm text-red-800" : "mt-2 text-sm text-emerald-800"}
      >
        {state.status === "idle" ? "" : state.message}
      </p>
      {applied.length ? (
        <ul className="mt-2 space-y-1 text-sm" aria-label={t("appliedPromos")}>
          {applied.map((code) => (
            <li key={code} className="flex gap-3">
              <span className="font-semibold" data-testid="applied-promo">
                {code}
              </span>
              <RemovePromo code={code} storePath={storePath} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
