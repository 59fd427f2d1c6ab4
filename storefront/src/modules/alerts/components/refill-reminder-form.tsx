"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { refillReminderAction } from "@/lib/actions/alerts"
import { IDLE, type FormState } from "@/lib/actions/form-state"

/** Switches an order's refill reminder on or off (the order's owner, signed in). */
export function RefillReminderForm({
  orderId,
  scheduled,
  storePath,
}: {
  orderId: string
  scheduled: boolean
  storePath: string
}) {
  const t = useTranslations("alertForms")
  const [state, action, pending] = useActionState<FormState, FormData>(refillReminderAction, IDLE)
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="country" value={storePath} />
      <input type="hidden" name="reminder" value={scheduled ? "off" : "on"} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-ink px-5 py-2 text-sm font-semibold text-cream hover:bg-accent disabled:bg-ink/40"
      >
        {pending ? t("saving") : scheduled ? t("refillOff") : t("refillOn")}
      </button>
      <p
        role="status"
        aria-live="polite"
        className={state.status === "failed" ? "mt-2 text-sm text-red-800" : "mt-2 text-sm text-emerald-800"}
      >
        {state.status === "idle" ? "" : state.message}
      </p>
    </form>
  )
}
