"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { startReturnAction } from "@/lib/actions/returns"
import { IDLE, type FormState } from "@/lib/actions/form-state"
import type { AfterSaleView, ReturnReason } from "@/lib/data/after-sale"
import { QUANTITY_FIELD } from "@/lib/util/return-input"
import { FormField } from "@/modules/common/components/form-field"
import { FormMessage } from "@/modules/common/components/form-message"

const control = "mt-1 block w-full rounded-lg border border-ink/20 bg-white px-3 py-2 aria-[invalid]:border-red-700"

/** Start a return: how many of each returnable item, an optional reason and note. */
export function ReturnForm({
  orderId,
  storePath,
  from,
  returnable,
  reasons,
}: {
  orderId: string
  storePath: string
  from: "account" | "guest"
  returnable: AfterSaleView["returnable"]
  reasons: ReturnReason[]
}) {
  const t = useTranslations("order.return")
  const [state, formAction, pending] = useActionState<FormState, FormData>(startReturnAction, IDLE)
  const itemsError = state.fieldErrors?.items
  return (
    <form action={formAction} aria-label={t("label")} className="mt-4 space-y-4" noValidate>
      <input type="hidden" name="order_id" value={orderId} />
      <input type="hidden" name="country" value={storePath} />
      <input type="hidden" name="from" value={from} />
      <FormMessage status={state.status} message={state.message} />
      <fieldset aria-describedby={itemsError ? "return-items-error" : undefined} className="space-y-3">
        <legend className="font-semibold">{t("what")}</legend>
        {returnable.map((item) => {
          const label = t("quantityOf", { title: `${item.title}${item.variantTitle ? ` · ${item.variantTitle}` : ""}` })
          const name = `${QUANTITY_FIELD}${item.id}`
          return (
            <div key={item.id} className="flex items-center justify-between gap-4">
              <label htmlFor={`return-${item.id}`}>{label}</label>
              <select
                id={`return-${item.id}`}
                name={name}
                defaultValue={state.values?.[name] ?? "0"}
                aria-invalid={itemsError ? true : undefined}
                className="rounded-lg border border-ink/20 bg-white px-3 py-2"
              >
                {Array.from({ length: item.quantity + 1 }, (_, n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
        {itemsError ? (
          <p id="return-items-error" className="text-sm text-red-800">
            {itemsError}
          </p>
        ) : null}
      </fieldset>
      <FormField prefix="return" name="reason_id" label={t("reason")} state={state}>
        <select id="return-reason_id" name="reason_id" defaultValue={state.values?.reason_id ?? ""} className={control}>
          <option value="">{t("noReason")}</option>
          {reasons.map((reason) => (
            <option key={reason.id} value={reason.id}>
              {reason.label}
            </option>
          ))}
        </select>
      </FormField>
      <FormField prefix="return" name="note" label={t("note")} state={state}>
        <textarea
          id="return-note"
          name="note"
          rows={3}
          maxLength={500}
          defaultValue={state.values?.note ?? ""}
          aria-invalid={state.fieldErrors?.note ? true : undefined}
          aria-describedby={state.fieldErrors?.note ? "return-note-error" : undefined}
          className={control}
        />
      </FormField>
      <button
        type="submit"
        disabled={pending}
        className="rounded-full bg-ink px-6 py-2 font-semibold text-cream disabled:opacity-60"
      >
        {pending ? t("starting") : t("submit")}
      </button>
    </form>
  )
}
