"use client"

import { useActionState } from "react"
import { useTranslations } from "next-intl"
import { saveRoutineAction } from "@/lib/actions/routine"
import { IDLE, type FormState } from "@/lib/actions/form-state"
import { FormMessage } from "@/modules/common/components/form-message"

/**
 * Saves the answers to the shopper's account. The pregnancy answer is health data: it is saved
 * only when the box is ticked, and the box starts unticked.
 */
export function SaveRoutineForm({
  storePath,
  answers,
  hasPregnancyAnswer,
}: {
  storePath: string
  /** The shareable answers as a query string. */
  answers: string
  hasPregnancyAnswer: boolean
}) {
  const t = useTranslations("routine.save")
  const [state, formAction, pending] = useActionState<FormState, FormData>(saveRoutineAction, IDLE)
  return (
    <form action={formAction} aria-label={t("label")} className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      <input type="hidden" name="country" value={storePath} />
      <input type="hidden" name="answers" value={answers} />
      {hasPregnancyAnswer ? (
        <label className="flex items-start gap-3 text-sm">
          <input
            type="checkbox"
            name="keep_pregnancy"
            value="yes"
            defaultChecked={state.values?.keep_pregnancy === "yes"}
            className="mt-0.5 h-5 w-5 shrink-0 accent-accent"
          />
          <span>{t("pregnancyConsent")}</span>
        </label>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-full px-6 py-3 font-semibold ring-1 ring-ink/20 hover:bg-blush disabled:cursor-not-allowed"
      >
        {pending ? t("saving") : t("save")}
      </button>
    </form>
  )
}
