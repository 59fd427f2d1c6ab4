"use client"

import { useActionState } from "react"
import { applyPromoAction, removePromoAction } from "@/lib/actions/cart-edit"
import { IDLE, type CartFormState } from "@/lib/actions/form-state"

function RemovePromo({ code }: { code: string }) {
  const [, action, pending] = useActionState<CartFormState, FormData>(removePromoAction, IDLE)
  return (
    <form action={action} className="inline">
      <input type="hidden" name="code" value={code} />
      <button type="submit" disabled={pending} className="underline" aria-label={`Remove promo code ${code}`}>
        Remove
      </button>
    </form>
  )
}

export function PromoForm({ applied }: { applied: string[] }) {
  const [state, action, pending] = useActionState<CartFormState, FormData>(applyPromoAction, IDLE)
  return (
    <div className="mt-6 rounded-2xl bg-white p-4 ring-1 ring-ink/10">
      <form action={action} className="flex flex-wrap items-end gap-3">
        <label className="flex-1 text-sm font-semibold">
          Promo code
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
          Apply
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
        <ul className="mt-2 space-y-1 text-sm" aria-label="Applied promo codes">
          {applied.map((code) => (
            <li key={code} className="flex gap-3">
              <span className="font-semibold" data-testid="applied-promo">
                {code}
              </span>
              <RemovePromo code={code} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
