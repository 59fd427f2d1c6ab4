import {
  Alert,
  Button,
  Checkbox,
  Drawer,
  Heading,
  Hint,
  Input,
  Label,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import {
  type FormEvent,
  type ReactElement,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from "react"
import { errorMessage } from "../../lib/guides"
import {
  CONCERNS,
  CONCERN_LABELS,
  FREQUENCIES,
  FREQUENCY_LABELS,
  SKIN_TYPES,
  SKIN_TYPE_LABELS,
  type SkincareProfile,
  TIMES_OF_DAY,
  TIME_OF_DAY_LABELS,
  useSaveSkincareProfile,
  vocabularyLabel,
} from "../../lib/skincare"
import {
  LIMITS,
  type SkincareFormErrors,
  type SkincareFormValues,
  checkForm,
  hasErrors,
  isOneOf,
  toBody,
  toFormValues,
  toggleChoice,
} from "../../lib/skincare-form"

const DOM_ID = "skincare-form"

/** The element ids of each control; a checkbox group is reached through its first box. */
const controlId = {
  productType: `${DOM_ID}-product-type`,
  keyIngredients: `${DOM_ID}-key-ingredients`,
  inci: `${DOM_ID}-inci`,
  skinTypes: `${DOM_ID}-skin-types`,
  concerns: `${DOM_ID}-concerns`,
  howToUse: `${DOM_ID}-how-to-use`,
  timeOfDay: `${DOM_ID}-time-of-day`,
  frequency: `${DOM_ID}-frequency`,
  warnings: `${DOM_ID}-warnings`,
  pregnancySafe: `${DOM_ID}-pregnancy-safe`,
  fragranceFree: `${DOM_ID}-fragrance-free`,
} satisfies Record<keyof SkincareFormValues, string>

const choiceId = (groupId: string, value: string) => `${groupId}-${value}`

/** The fields in the order they appear, to put the focus on the first one to fix. */
const FIELD_ORDER: (keyof SkincareFormValues)[] = [
  "productType",
  "keyIngredients",
  "inci",
  "skinTypes",
  "concerns",
  "howToUse",
  "timeOfDay",
  "frequency",
  "warnings",
]

function focusFirstError(errors: SkincareFormErrors): void {
  const field = FIELD_ORDER.find((key) => errors[key] !== undefined)
  if (!field) {
    return
  }
  const target =
    field === "skinTypes"
      ? choiceId(controlId.skinTypes, SKIN_TYPES[0])
      : field === "concerns"
        ? choiceId(controlId.concerns, CONCERNS[0])
        : controlId[field]
  document.getElementById(target)?.focus()
}

/** The ids a control is described by: its hint and its error, whichever it has. */
const describedBy = (id: string, { hint, error }: { hint?: boolean; error?: string }) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined

const FieldError = ({ id, error }: { id: string; error?: string }) =>
  error ? (
    <Hint id={`${id}-error`} variant="error">
      {error}
    </Hint>
  ) : null

type FieldProps = {
  id: string
  label: string
  hint?: ReactNode
  error?: string
  children: ReactNode
}

type VocabularySelectProps<T extends string> = {
  id: string
  name: string
  values: readonly T[]
  labels: Record<T, string>
  value: T
  onChange: (value: T) => void
}

/** A select over one of the profile's vocabularies, showing each value in words. */
const VocabularySelect = <T extends string>({ id, name, values, labels, value, onChange }: VocabularySelectProps<T>) => (
  <Select
    name={name}
    value={value}
    onValueChange={(chosen) => {
      if (isOneOf(values, chosen)) {
        onChange(chosen)
      }
    }}
  >
    <Select.Trigger id={id}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {values.map((option) => (
        <Select.Item key={option} value={option}>
          {vocabularyLabel(labels, option)}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

/** A labelled control with its hint and, once the form was submitted, its error underneath. */
const Field = ({ id, label, hint, error, children }: FieldProps) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
    <FieldError id={id} error={error} />
  </div>
)

type TextareaFieldProps = {
  id: string
  name: string
  label: string
  hint: string
  rows: number
  value: string
  onChange: (value: string) => void
  error?: string
  required?: boolean
}

/** A labelled textarea with its hint and error, described by both. */
const TextareaField = ({ id, name, label, hint, rows, value, onChange, error, required = false }: TextareaFieldProps) => (
  <Field id={id} label={label} hint={hint} error={error}>
    <Textarea
      id={id}
      name={name}
      rows={rows}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      aria-required={required ? "true" : undefined}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, { hint: true, error })}
    />
  </Field>
)

type ChoiceGroupProps<T extends string> = {
  id: string
  legend: string
  options: readonly T[]
  labels: Record<T, string>
  chosen: readonly T[]
  onChange: (chosen: T[]) => void
  error?: string
}

/** A group of checkboxes named by its legend (role "group"), one per vocabulary value. */
const ChoiceGroup = <T extends string>({
  id,
  legend,
  options,
  labels,
  chosen,
  onChange,
  error,
}: ChoiceGroupProps<T>) => (
  <fieldset className="flex flex-col gap-y-2" aria-describedby={describedBy(id, { error })}>
    <legend className="txt-compact-small-plus text-ui-fg-base mb-2">{legend}</legend>
    <div className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2">
      {options.map((value) => {
        const boxId = choiceId(id, value)
        return (
          <div key={value} className="flex items-center gap-x-2">
            <Checkbox
              id={boxId}
              name={id}
              value={value}
              checked={chosen.includes(value)}
              onCheckedChange={(checked) => onChange(toggleChoice(chosen, value, checked === true))}
            />
            <Label htmlFor={boxId} size="small">
              {vocabularyLabel(labels, value)}
            </Label>
          </div>
        )
      })}
    </div>
    <FieldError id={id} error={error} />
  </fieldset>
)

type ClaimProps = {
  id: string
  label: string
  hint: string
  checked: boolean
  onChange: (checked: boolean) => void
}

/** A yes/no claim about the product, as a checkbox with a hint on what ticking it means. */
const Claim = ({ id, label, hint, checked, onChange }: ClaimProps) => (
  <div className="flex items-start gap-x-3">
    <Checkbox
      id={id}
      checked={checked}
      onCheckedChange={(state) => onChange(state === true)}
      aria-describedby={`${id}-hint`}
    />
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" weight="plus">
        {label}
      </Label>
      <Hint id={`${id}-hint`}>{hint}</Hint>
    </div>
  </div>
)

type SkincareFormProps = {
  profile: SkincareProfile | null
  onSaved: () => void
  save: ReturnType<typeof useSaveSkincareProfile>
}

/**
 * The form inside the drawer. It is mounted each time the drawer opens, so it starts from the
 * saved profile; a failed save keeps what was typed.
 */
const SkincareForm = ({ profile, onSaved, save }: SkincareFormProps) => {
  const [values, setValues] = useState<SkincareFormValues>(() => toFormValues(profile))
  // Field errors appear after the first attempt to save, then follow the typing.
  const [attempted, setAttempted] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)
  const serverErrorRef = useRef<HTMLDivElement>(null)

  const errors: SkincareFormErrors = attempted ? checkForm(values) : {}
  const { mutate, isPending } = save

  // The server's message sits above the form, which may be scrolled out of sight.
  useEffect(() => {
    if (serverError) {
      serverErrorRef.current?.scrollIntoView({ block: "nearest" })
    }
  }, [serverError])

  const setField =
    <K extends keyof SkincareFormValues>(key: K) =>
    (value: SkincareFormValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }))

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isPending) {
      return
    }
    setAttempted(true)
    const found = checkForm(values)
    if (hasErrors(found)) {
      focusFirstError(found)
      return
    }
    setServerError(null)
    mutate(toBody(values), {
      onSuccess: () => {
        toast.success("Skincare profile saved")
        onSaved()
      },
      onError: (error) => {
        setServerError(errorMessage(error, "The skincare profile could not be saved."))
      },
    })
  }

  const serverErrorId = `${DOM_ID}-server-error`

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Skincare profile"
      aria-describedby={serverError ? serverErrorId : undefined}
      className="flex flex-1 flex-col overflow-hidden"
    >
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        {serverError ? (
          <Alert ref={serverErrorRef} id={serverErrorId} variant="error" role="alert">
            <Text size="small" weight="plus" leading="compact">
              The skincare profile was not saved.
            </Text>
            <Text size="small">{serverError}</Text>
          </Alert>
        ) : null}

        <Field
          id={controlId.productType}
          label="Product type"
          hint="What kind of product this is, e.g. “Clay mask” or “Gel cleanser”."
          error={errors.productType}
        >
          <Input
            id={controlId.productType}
            name="product_type"
            value={values.productType}
            onChange={(event) => setField("productType")(event.target.value)}
            autoComplete="off"
            aria-required="true"
            aria-invalid={errors.productType ? true : undefined}
            aria-describedby={describedBy(controlId.productType, {
              hint: true,
              error: errors.productType,
            })}
          />
        </Field>

        <TextareaField
          id={controlId.keyIngredients}
          name="key_ingredients"
          label="Key ingredients"
          hint={`One per line, at most ${LIMITS.keyIngredients}.`}
          rows={4}
          value={values.keyIngredients}
          onChange={setField("keyIngredients")}
          error={errors.keyIngredients}
          required
        />

        <TextareaField
          id={controlId.inci}
          name="inci"
          label="INCI ingredient list"
          hint="Optional. The full ingredient list as printed on the pack."
          rows={4}
          value={values.inci}
          onChange={setField("inci")}
          error={errors.inci}
        />

        <ChoiceGroup
          id={controlId.skinTypes}
          legend="Skin types"
          options={SKIN_TYPES}
          labels={SKIN_TYPE_LABELS}
          chosen={values.skinTypes}
          onChange={setField("skinTypes")}
          error={errors.skinTypes}
        />

        <ChoiceGroup
          id={controlId.concerns}
          legend="Concerns"
          options={CONCERNS}
          labels={CONCERN_LABELS}
          chosen={values.concerns}
          onChange={setField("concerns")}
          error={errors.concerns}
        />

        <TextareaField
          id={controlId.howToUse}
          name="how_to_use"
          label="How to use"
          hint="The usage advice on the product page. Line breaks are kept."
          rows={5}
          value={values.howToUse}
          onChange={setField("howToUse")}
          error={errors.howToUse}
          required
        />

        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field id={controlId.timeOfDay} label="Time of day">
            <VocabularySelect
              id={controlId.timeOfDay}
              name="time_of_day"
              values={TIMES_OF_DAY}
              labels={TIME_OF_DAY_LABELS}
              value={values.timeOfDay}
              onChange={setField("timeOfDay")}
            />
          </Field>

          <Field id={controlId.frequency} label="Frequency">
            <VocabularySelect
              id={controlId.frequency}
              name="frequency"
              values={FREQUENCIES}
              labels={FREQUENCY_LABELS}
              value={values.frequency}
              onChange={setField("frequency")}
            />
          </Field>
        </div>

        <TextareaField
          id={controlId.warnings}
          name="warnings"
          label="Warnings"
          hint={`Optional. One per line, at most ${LIMITS.warnings}.`}
          rows={3}
          value={values.warnings}
          onChange={setField("warnings")}
          error={errors.warnings}
        />

        <div className="flex flex-col gap-y-4">
          <Claim
            id={controlId.pregnancySafe}
            label="Safe in pregnancy and breastfeeding"
            hint="Tick only once confirmed for this formula; the shop's filter relies on it."
            checked={values.pregnancySafe}
            onChange={setField("pregnancySafe")}
          />
          <Claim
            id={controlId.fragranceFree}
            label="Fragrance-free"
            hint="Tick only if the formula has no added fragrance or essential oils."
            checked={values.fragranceFree}
            onChange={setField("fragranceFree")}
          />
        </div>
      </Drawer.Body>

      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button type="button" variant="secondary" size="small" disabled={isPending}>
            Cancel
          </Button>
        </Drawer.Close>
        <Button type="submit" size="small" isLoading={isPending}>
          Save
        </Button>
      </Drawer.Footer>
    </form>
  )
}

type SkincareFormDrawerProps = {
  productId: string
  productTitle: string
  /** The saved profile, or null to create one. */
  profile: SkincareProfile | null
  /** The button that opens the drawer; focus returns to it when the drawer closes. */
  children: ReactElement
}

/**
 * The skincare profile's edit form in a drawer, opened by its `children`. On a successful save
 * the drawer closes and a toast confirms it; while saving it cannot be closed, so the outcome
 * is never lost.
 */
export const SkincareFormDrawer = ({
  productId,
  productTitle,
  profile,
  children,
}: SkincareFormDrawerProps) => {
  const [open, setOpen] = useState(false)
  const save = useSaveSkincareProfile(productId)

  const onOpenChange = (next: boolean) => {
    if (!next && save.isPending) {
      return
    }
    setOpen(next)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>{children}</Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{profile ? "Edit skincare profile" : "Add skincare profile"}</Heading>
          </Drawer.Title>
          <Drawer.Description>
            What shoppers see on the page of {productTitle} and what the shop&apos;s filters use.
          </Drawer.Description>
        </Drawer.Header>
        <SkincareForm profile={profile} save={save} onSaved={() => setOpen(false)} />
      </Drawer.Content>
    </Drawer>
  )
}
