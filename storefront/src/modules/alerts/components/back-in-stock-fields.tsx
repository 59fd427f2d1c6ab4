"use client"

import { useActionState, useId } from "react"
import { backInStockAction } from "@/lib/actions/alerts"
import { IDLE, type FormState } from "@/lib/actions/form-state"

export type BackInStockWords = Record<
  "label" | "heading" | "intro" | "email" | "submit" | "sending" | "privacy",
  string
>

/**
 * The sign-up's fields and answer, with its words from the server (BackInStockForm): it sits on the
 * guide and product pages, which carry no next-intl client runtime (issue 14's budget).
 */
export function BackInStockFields({
  variantId,
  storePath,
  words,
}: {
  variantId: string
  storePath: string
  words: BackInStockWords
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(backInStockAction, IDLE)
  const id = useId()
  const error = state.fieldErrors?.email
  return (
    <form action={action} className="mt-3 rounded-xl bg-cream p-3" aria-label={words.label}>
      <input type="hidden" name="variant_id" value={variantId} />
      <input type="hidden" name="country" value={storePath} />
      <p className="text-sm font-semibold">{words.heading}</p>
      <p className="text-sm text-muted">{words.intro}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <label htmlFor={`${id}-email`} className="sr-only">
          {words.email}
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          required
          autoComplete="email"
          placeholder={words.email}
          defaultValue={state.values?.email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-w-0 flex-1 rounded-full border border-ink/20 bg-white px-4 py-2"
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded-full bg-ink px-4 py-2 text-sm font-semibold text-cream hover:bg-accent disabled:bg-ink/40"
        >
          {pending ? words.sending : words.submit}
        </button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={state.status === "done" ? "mt-2 text-sm text-emerald-800" : "mt-2 text-sm text-red-800"}
      >
        {state.status === "done" || state.status === "failed" ? state.message : ""}
      </p>
      <p className="mt-1 text-xs text-muted">{words.privacy}</p>
    </form>
  )
}
