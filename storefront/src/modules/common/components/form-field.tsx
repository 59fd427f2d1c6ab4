import type { ReactNode } from "react"
import type { FormState } from "@/lib/actions/form-state"

/** The part of a form's state its fields read: their errors and the values sent back. */
export type FormFeedback = Pick<FormState, "fieldErrors" | "values">

/**
 * A labelled input with its error beside it (aria-invalid, aria-describedby), keeping what was
 * typed after a refused submit. Pass `children` for a select or another control.
 */
export function FormField({
  prefix,
  name,
  label,
  state,
  defaultValue,
  children,
  hint,
  ...input
}: {
  prefix: string
  name: string
  label: string
  state: FormFeedback
  defaultValue?: string | null
  children?: ReactNode
  hint?: string
  type?: string
  autoComplete?: string
  required?: boolean
}) {
  const error = state.fieldErrors?.[name]
  const id = `${prefix}-${name}`
  const described = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children ?? (
        <input
          id={id}
          name={name}
          defaultValue={input.type === "password" ? undefined : (state.values?.[name] ?? defaultValue ?? "")}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          className="mt-1 block w-full rounded-lg border border-ink/20 bg-white px-3 py-2 aria-[invalid]:border-red-700"
          {...input}
        />
      )}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  )
}
