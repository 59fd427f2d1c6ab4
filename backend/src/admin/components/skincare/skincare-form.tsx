import { zodResolver } from "@hookform/resolvers/zod"
import { MAX_KEY_INGREDIENTS, MAX_WARNINGS } from "@lacremeluxe/shared"
import { Button, Checkbox, Drawer, Heading, Input, Label, Textarea, toast } from "@medusajs/ui"
import { type ReactElement, useState } from "react"
import { useForm } from "react-hook-form"
import { FormError } from "../form/form-error"
import { FormField } from "../form/form-field"
import { type Option, OptionSelect } from "../form/option-select"
import { errorMessage } from "../../lib/guides"
import {
  ACTIVES,
  ACTIVE_LABELS,
  type Active,
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
  isOneOf,
  type SkincareFormValues,
  skincareFormSchema,
  toFormValues,
  toggleChoice,
} from "../../lib/skincare-form"

const DOM_ID = "skincare-form"

type VocabularyProps<T extends string> = {
  values: readonly T[]
  labels: Record<T, string>
}

/** A vocabulary's values as a select's options, each in words. */
const optionsOf = <T extends string>(values: readonly T[], labels: Record<T, string>): Option[] =>
  values.map((value) => ({ value, label: vocabularyLabel(labels, value) }))

const TIME_OF_DAY_OPTIONS = optionsOf(TIMES_OF_DAY, TIME_OF_DAY_LABELS)
const FREQUENCY_OPTIONS = optionsOf(FREQUENCIES, FREQUENCY_LABELS)

type CheckboxesProps<T extends string> = VocabularyProps<T> & {
  groupId: string
  chosen: readonly T[]
  onChange: (chosen: T[]) => void
  firstRef: (element: HTMLButtonElement | null) => void
}

/** One checkbox per vocabulary value, inside a FormField's group. */
const Checkboxes = <T extends string>({ groupId, values, labels, chosen, onChange, firstRef }: CheckboxesProps<T>) => (
  <div className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-2">
    {values.map((value, index) => {
      const boxId = `${groupId}-${value}`
      return (
        <div key={value} className="flex items-center gap-x-2">
          <Checkbox
            id={boxId}
            ref={index === 0 ? firstRef : undefined}
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
)

type ActivesProps = {
  groupId: string
  chosen: SkincareFormValues["actives"]
  onChange: (chosen: SkincareFormValues["actives"]) => void
  firstRef: (element: HTMLButtonElement | null) => void
}

/** One checkbox per active, and for a ticked one its strength in percent (optional). */
const Actives = ({ groupId, chosen, onChange, firstRef }: ActivesProps) => {
  const toggle = (code: Active, checked: boolean) => {
    const others = chosen.filter((active) => active.code !== code)
    const next = checked ? [...others, chosen.find((active) => active.code === code) ?? { code, percent: "" }] : others
    onChange(ACTIVES.flatMap((c) => next.filter((active) => active.code === c)))
  }
  const setPercent = (code: Active, percent: string) =>
    onChange(chosen.map((active) => (active.code === code ? { ...active, percent } : active)))
  return (
    <div className="grid grid-cols-1 gap-y-2">
      {ACTIVES.map((code, index) => {
        const boxId = `${groupId}-${code}`
        const ticked = chosen.find((active) => active.code === code)
        return (
          <div key={code} className="flex items-center gap-x-2">
            <Checkbox
              id={boxId}
              ref={index === 0 ? firstRef : undefined}
              value={code}
              checked={Boolean(ticked)}
              onCheckedChange={(checked) => toggle(code, checked === true)}
            />
            <Label htmlFor={boxId} size="small" className="flex-1">
              {vocabularyLabel(ACTIVE_LABELS, code)}
            </Label>
            {ticked && (
              <Input
                size="small"
                className="w-24"
                inputMode="decimal"
                aria-label={`Strength of ${vocabularyLabel(ACTIVE_LABELS, code)} in percent (optional)`}
                placeholder="%"
                value={ticked.percent}
                onChange={(event) => setPercent(code, event.target.value)}
              />
            )}
          </div>
        )
      })}
    </div>
  )
}

type SkincareFormProps = {
  profile: SkincareProfile | null
  onSaved: () => void
  save: ReturnType<typeof useSaveSkincareProfile>
}

/**
 * The form inside the drawer. It is mounted each time the drawer opens, so it starts from the
 * saved profile; a failed save keeps what was typed. Field errors appear after the first attempt
 * to save, then follow the typing.
 */
const SkincareForm = ({ profile, onSaved, save }: SkincareFormProps) => {
  const form = useForm({
    defaultValues: toFormValues(profile),
    resolver: zodResolver(skincareFormSchema),
  })
  const [serverError, setServerError] = useState<string>()
  const { mutate, isPending } = save
  const { control } = form

  const onSubmit = form.handleSubmit((body) => {
    if (isPending) {
      return
    }
    setServerError(undefined)
    mutate(body, {
      onSuccess: () => {
        toast.success("Skincare profile saved")
        onSaved()
      },
      onError: (error) => setServerError(errorMessage(error, "The skincare profile could not be saved.")),
    })
  })

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
        <FormError id={serverErrorId} title="The skincare profile was not saved." message={serverError} />

        <FormField
          control={control}
          name="product_type"
          label="Product type"
          hint="What kind of product this is, e.g. “Clay mask” or “Gel cleanser”."
        >
          {(field, props) => <Input {...field} {...props} autoComplete="off" aria-required="true" />}
        </FormField>

        <FormField
          control={control}
          name="key_ingredients"
          label="Key ingredients"
          hint={`One per line, at most ${MAX_KEY_INGREDIENTS}.`}
        >
          {(field, props) => <Textarea {...field} {...props} rows={4} aria-required="true" />}
        </FormField>

        <FormField
          control={control}
          name="inci"
          label="INCI ingredient list"
          optional
          hint="The full ingredient list as printed on the pack."
        >
          {(field, props) => <Textarea {...field} {...props} rows={4} />}
        </FormField>

        <FormField control={control} name="skin_types" id={`${DOM_ID}-skin-types`} label="Skin types" layout="group">
          {(field, { id }) => (
            <Checkboxes
              groupId={id}
              values={SKIN_TYPES}
              labels={SKIN_TYPE_LABELS}
              chosen={field.value}
              onChange={field.onChange}
              firstRef={field.ref}
            />
          )}
        </FormField>

        <FormField control={control} name="concerns" id={`${DOM_ID}-concerns`} label="Concerns" layout="group">
          {(field, { id }) => (
            <Checkboxes
              groupId={id}
              values={CONCERNS}
              labels={CONCERN_LABELS}
              chosen={field.value}
              onChange={field.onChange}
              firstRef={field.ref}
            />
          )}
        </FormField>

        <FormField
          control={control}
          name="how_to_use"
          label="How to use"
          hint="The usage advice on the product page. Line breaks are kept."
        >
          {(field, props) => <Textarea {...field} {...props} rows={5} aria-required="true" />}
        </FormField>

        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <FormField control={control} name="time_of_day" label="Time of day">
            {({ ref, onChange, ...field }, props) => (
              <OptionSelect
                {...field}
                control={props}
                triggerRef={ref}
                onChange={(value) => isOneOf(TIMES_OF_DAY, value) && onChange(value)}
                options={TIME_OF_DAY_OPTIONS}
              />
            )}
          </FormField>

          <FormField control={control} name="frequency" label="Frequency">
            {({ ref, onChange, ...field }, props) => (
              <OptionSelect
                {...field}
                control={props}
                triggerRef={ref}
                onChange={(value) => isOneOf(FREQUENCIES, value) && onChange(value)}
                options={FREQUENCY_OPTIONS}
              />
            )}
          </FormField>
        </div>

        <FormField
          control={control}
          name="warnings"
          label="Warnings"
          optional
          hint={`One per line, at most ${MAX_WARNINGS}.`}
        >
          {(field, props) => <Textarea {...field} {...props} rows={3} />}
        </FormField>

        <FormField
          control={control}
          name="actives"
          id={`${DOM_ID}-actives`}
          label="Actives (for the personal routine)"
          layout="group"
          hint="What the routine's rules read: acids, retinoids, clay, UV filters… with a strength where it matters."
        >
          {(field, { id }) => (
            <Actives groupId={id} chosen={field.value} onChange={field.onChange} firstRef={field.ref} />
          )}
        </FormField>

        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <FormField
            control={control}
            name="max_uses_per_week"
            label="Most uses a week"
            hint="Mornings or evenings, 1–7 (an exfoliating acid: 2)."
          >
            {(field, props) => <Input {...field} {...props} inputMode="numeric" aria-required="true" />}
          </FormField>
          <FormField
            control={control}
            name="starting_uses_per_week"
            label="Uses a week to start with"
            optional
            hint="Where it must be started slowly (retinoids)."
          >
            {(field, props) => <Input {...field} {...props} inputMode="numeric" />}
          </FormField>
          <FormField
            control={control}
            name="amount_per_use_ml"
            label="Amount per use (ml)"
            hint="E.g. 0.3 for a pea-sized amount."
          >
            {(field, props) => <Input {...field} {...props} inputMode="decimal" aria-required="true" />}
          </FormField>
        </div>

        <div className="flex flex-col gap-y-4">
          <FormField
            control={control}
            name="pregnancy_safe"
            label="Safe in pregnancy and breastfeeding"
            hint="Tick only once confirmed for this formula; the shop's filter relies on it."
            layout="checkbox"
          >
            {({ value, onChange, ref }, props) => (
              <Checkbox {...props} ref={ref} checked={value} onCheckedChange={(state) => onChange(state === true)} />
            )}
          </FormField>
          <FormField
            control={control}
            name="fragrance_free"
            label="Fragrance-free"
            hint="Tick only if the formula has no added fragrance or essential oils."
            layout="checkbox"
          >
            {({ value, onChange, ref }, props) => (
              <Checkbox {...props} ref={ref} checked={value} onCheckedChange={(state) => onChange(state === true)} />
            )}
          </FormField>
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
export const SkincareFormDrawer = ({ productId, productTitle, profile, children }: SkincareFormDrawerProps) => {
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
