"use client"

import { useActionState } from "react"
import { mailLinkAction } from "@/lib/actions/alerts"
import { IDLE, type FormState } from "@/lib/actions/form-state"

/**
 * The page an e-mail's link opens asks for one click before it acts, so a mail scanner that
 * follows links confirms or unsubscribes nothing.
 */
export function MailLinkForm({
  action,
  token,
  button,
  storePath,
}: {
  action: "confirm" | "unsubscribe"
  token: string
  button: string
  storePath: string
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(mailLinkAction, IDLE)
  return (
    <form action={formAction} className="mt-6">
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="country" value={storePath} />
      {state.status !== "done" ? (
        <button
          type="submit"
          disabled={pending}
          className="rounded-full bg-ink px-6 py-3 font-semibold text-cream hover:bg-accent disabled:bg-ink/40"
        >
          {button}
        </button>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        className={state.status === "done" ? "mt-4 text-emerald-800" : "mt-4 text-red-800"}
      >
        {state.status === "idle" ? "" : state.message}
      </p>
    </form>
  )
}
