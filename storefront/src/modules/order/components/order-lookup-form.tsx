"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { lookUpOrderAction } from "@/lib/actions/returns"
import { IDLE, type FormState } from "@/lib/actions/form-state"
import { FormField } from "@/modules/common/components/form-field"
import { FormMessage } from "@/modules/common/components/form-message"

/** E-mail and order number, sent as a POST (server action): neither ever appears in a URL. */
export function OrderLookupForm({ storePath }: { storePath: string }) {
  const t = useTranslations("order.lookup")
  const [state, formAction, pending] = useActionState<FormState, FormData>(lookUpOrderAction, IDLE)
  return (
    <form action={formAction} aria-label={t("title")} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="country" value={storePath} />
      <FormMessage status={state.status} message={state.message} />
      <FormField
        prefix="lookup"
        name="email"
        label={t("email")}
        type="email"
        autoComplete="email"
        required
        state={state}
      />
      <FormField
        prefix="lookup"
        name="order_number"
        label={t("number")}
        hint={t("numberHint")}
        required
        state={state}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-ink px-6 py-2 font-semibold text-cream disabled:opacity-60"
      >
        {pending ? t("looking") : t("submit")}
      </button>
    </form>
  )
}
