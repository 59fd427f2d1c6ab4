import { Hint, Label, Text } from "@medusajs/ui"
import { type ReactNode, useId } from "react"
import {
  type Control,
  Controller,
  type ControllerRenderProps,
  type FieldError,
  type FieldPath,
  type FieldValues,
} from "react-hook-form"

/** What a control needs to be named by its label and described by its hint and error. */
export type ControlProps = {
  id: string
  "aria-invalid"?: true
  "aria-describedby"?: string
}

type FormFieldProps<Values extends FieldValues, Name extends FieldPath<Values>, Output> = {
  control: Control<Values, unknown, Output>
  name: Name
  label: string
  /** The control's id; the label, hint and error ids derive from it. */
  id?: string
  hint?: ReactNode
  optional?: boolean
  /**
   * "field": the label above the control; "checkbox": the control beside its label; "group": a
   * fieldset named by its legend, for a group of checkboxes (their ids start with the field's id).
   */
  layout?: "field" | "checkbox" | "group"
  children: (field: ControllerRenderProps<Values, Name>, control: ControlProps) => ReactNode
}

/**
 * The first message in a field's error. A list typed one item per line is one field, but the
 * schema may name an item (`key_ingredients.3`): that message belongs beside the whole field.
 */
function messageOf(error: FieldError | Record<string, unknown> | undefined): string | undefined {
  if (!error || typeof error !== "object") {
    return undefined
  }
  if (typeof error.message === "string" && error.message.length > 0) {
    return error.message
  }
  for (const [key, nested] of Object.entries(error)) {
    if (key !== "ref") {
      const message = messageOf(nested as Record<string, unknown>)
      if (message) {
        return message
      }
    }
  }
  return undefined
}

/**
 * One form field on react-hook-form's Controller, laid out as Medusa Admin's forms are: the label,
 * the control, its hint and, once the schema refuses the value, the error beside it (the control is
 * marked invalid and described by both).
 */
export const FormField = <Values extends FieldValues, Name extends FieldPath<Values>, Output>({
  control,
  name,
  label,
  id: givenId,
  hint,
  optional = false,
  layout = "field",
  children,
}: FormFieldProps<Values, Name, Output>) => {
  const generatedId = useId()
  const id = givenId ?? generatedId
  const hintId = `${id}-hint`
  const errorId = `${id}-error`

  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error = messageOf(fieldState.error)
        const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ")
        const controlProps: ControlProps = {
          id,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy || undefined,
        }
        const notes = (
          <>
            {hint ? <Hint id={hintId}>{hint}</Hint> : null}
            {error ? (
              <Hint id={errorId} variant="error">
                {error}
              </Hint>
            ) : null}
          </>
        )
        const labelText = (
          <>
            {label}
            {optional ? (
              <Text as="span" size="small" leading="compact" className="text-ui-fg-muted ml-1">
                (Optional)
              </Text>
            ) : null}
          </>
        )

        if (layout === "group") {
          return (
            <fieldset className="flex flex-col gap-y-2" aria-describedby={describedBy || undefined}>
              <legend className="txt-compact-small-plus text-ui-fg-base mb-2">{labelText}</legend>
              {children(field, { id })}
              {notes}
            </fieldset>
          )
        }
        if (layout === "checkbox") {
          return (
            <div className="flex items-start gap-x-3">
              {children(field, controlProps)}
              <div className="flex flex-col gap-y-1">
                <Label htmlFor={id} size="small" weight="plus">
                  {labelText}
                </Label>
                {notes}
              </div>
            </div>
          )
        }
        return (
          <div className="flex flex-col gap-y-2">
            <Label htmlFor={id} size="small" weight="plus">
              {labelText}
            </Label>
            {children(field, controlProps)}
            {notes}
          </div>
        )
      }}
    />
  )
}
