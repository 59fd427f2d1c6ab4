import {
  Badge,
  Button,
  Container,
  Heading,
  Hint,
  Input,
  Label,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react"
import {
  type BundleOption,
  type CategoryOption,
  type GuideSection,
  errorMessage,
  isStep,
  useBundleOptions,
  useCategoryOptions,
  useUpdateGuideSection,
} from "../../lib/guides"
import {
  NONE,
  type SectionFormValues,
  buildSectionPayload,
  sameValues,
  toFormValues,
} from "../../lib/section-form"
import { SectionKindBadge } from "./section-kind-badge"

/** The options of a select: "None", then the loaded ones, plus the saved one if it isn't among them. */
function withCurrent<T extends { id: string }>(options: readonly T[] | undefined, current: T | null): T[] {
  const list = [...(options ?? [])]
  if (current && !list.some((option) => option.id === current.id)) {
    list.unshift(current)
  }
  return list
}

type FieldProps = {
  id: string
  label: string
  hint?: ReactNode
  children: ReactNode
}

/** A labelled field with an optional hint underneath (referenced by the control's aria-describedby). */
const Field = ({ id, label, hint, children }: FieldProps) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {hint ? <Hint id={`${id}-hint`}>{hint}</Hint> : null}
  </div>
)

type SectionFormProps = {
  guideHandle: string
  section: GuideSection
}

/**
 * One guide section in its own card, edited in place. Steps also get "how often", precautions,
 * category and bundle. The form keeps what was typed when a save fails, so nothing is lost.
 */
export const SectionForm = ({ guideHandle, section }: SectionFormProps) => {
  const domId = `section-${section.id}`
  const step = isStep(section)

  const [values, setValues] = useState<SectionFormValues>(() => toFormValues(section))
  const [lastError, setLastError] = useState<string | null>(null)

  // When the saved section changes (refetch, or someone else's save) and this form has no edits
  // of its own, follow it; edits in progress are never overwritten.
  const baseline = useRef<SectionFormValues>(toFormValues(section))
  useEffect(() => {
    const next = toFormValues(section)
    const previous = baseline.current
    baseline.current = next
    setValues((current) => (sameValues(current, previous) ? next : current))
  }, [section])

  const categories = useCategoryOptions()
  const bundles = useBundleOptions()
  const { mutate, isPending } = useUpdateGuideSection(guideHandle)

  const { payload, changed } = buildSectionPayload(section, values)

  const setField =
    <K extends keyof SectionFormValues>(key: K) =>
    (value: SectionFormValues[K]) => {
      setValues((current) => ({ ...current, [key]: value }))
      setLastError(null)
    }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isPending) {
      return
    }
    const submitted = values
    setLastError(null)
    mutate(
      { sectionId: section.id, input: payload },
      {
        onSuccess: (saved) => {
          // Show what the API stored (it may normalize), unless the form was edited meanwhile.
          const savedValues = toFormValues(saved)
          baseline.current = savedValues
          setValues((current) => (sameValues(current, submitted) ? savedValues : current))
          toast.success("Section saved")
        },
        onError: (error) => {
          const message = errorMessage(error, "The section could not be saved.")
          setLastError(message)
          toast.error(message)
        },
      }
    )
  }

  const onDiscard = () => {
    setValues(toFormValues(section))
    setLastError(null)
  }

  const categoryOptions = withCurrent<CategoryOption>(categories.data, section.category)
  const bundleOptions = withCurrent<BundleOption>(bundles.data, section.bundle)

  const headingId = `${domId}-heading`
  const errorId = `${domId}-error`

  return (
    <Container id={domId} className="scroll-mt-4 divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 px-6 py-4">
        <div className="flex min-w-0 items-center gap-x-3">
          <Text size="small" leading="compact" className="text-ui-fg-muted tabular-nums">
            <span className="sr-only">Position </span>
            {section.position}
          </Text>
          <Heading level="h2" id={headingId} className="truncate">
            {section.title || section.handle}
          </Heading>
          <SectionKindBadge kind={section.kind} />
        </div>
        <div className="flex items-center gap-x-2">
          {changed ? (
            <Badge size="2xsmall" color="orange">
              Unsaved changes
            </Badge>
          ) : null}
          <Text size="small" leading="compact" className="text-ui-fg-subtle">
            {section.handle}
          </Text>
        </div>
      </div>

      <form onSubmit={onSubmit} noValidate aria-labelledby={headingId} aria-describedby={lastError ? errorId : undefined}>
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <Field id={`${domId}-title`} label="Title">
            <Input
              id={`${domId}-title`}
              name="title"
              value={values.title}
              onChange={(event) => setField("title")(event.target.value)}
              autoComplete="off"
              aria-required="true"
            />
          </Field>

          <Field
            id={`${domId}-body`}
            label="Body"
            hint={
              <>
                Markdown: paragraphs, **bold**, lists and links. Link a product type to its store
                category with [clay mask](category:mask).
              </>
            }
          >
            <Textarea
              id={`${domId}-body`}
              name="body"
              rows={step ? 14 : 10}
              className="min-h-[240px] font-mono"
              value={values.body}
              onChange={(event) => setField("body")(event.target.value)}
              aria-describedby={`${domId}-body-hint`}
              spellCheck
            />
          </Field>

          {step ? (
            <>
              <Field
                id={`${domId}-how-often`}
                label="How often"
                hint="One short line, e.g. “Every evening”. Leave empty for none."
              >
                <Input
                  id={`${domId}-how-often`}
                  name="how_often"
                  value={values.howOften}
                  onChange={(event) => setField("howOften")(event.target.value)}
                  aria-describedby={`${domId}-how-often-hint`}
                  autoComplete="off"
                />
              </Field>

              <Field
                id={`${domId}-precautions`}
                label="Precautions"
                hint="One precaution per line. Empty lines are ignored."
              >
                <Textarea
                  id={`${domId}-precautions`}
                  name="precautions"
                  rows={4}
                  value={values.precautions}
                  onChange={(event) => setField("precautions")(event.target.value)}
                  aria-describedby={`${domId}-precautions-hint`}
                />
              </Field>

              <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                <Field
                  id={`${domId}-category`}
                  label="Category"
                  hint={
                    categories.isError
                      ? `Categories could not be loaded: ${errorMessage(categories.error)}`
                      : categories.isPending
                        ? "Loading categories…"
                        : "The product category this step links to."
                  }
                >
                  <Select
                    value={values.categoryId}
                    onValueChange={(value) => setField("categoryId")(value)}
                    name="category_id"
                  >
                    <Select.Trigger
                      id={`${domId}-category`}
                      aria-describedby={`${domId}-category-hint`}
                    >
                      <Select.Value placeholder="Choose a category" />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value={NONE}>None</Select.Item>
                      {categoryOptions.map((category) => (
                        <Select.Item key={category.id} value={category.id}>
                          {category.name}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>

                <Field
                  id={`${domId}-bundle`}
                  label="Bundle (shop this step)"
                  hint={
                    bundles.isError
                      ? `Bundles could not be loaded: ${errorMessage(bundles.error)}`
                      : bundles.isPending
                        ? "Loading bundles…"
                        : bundles.data && bundles.data.length === 0
                          ? "No bundle products yet (products of the type “Bundle”)."
                          : "The bundle offered under this step."
                  }
                >
                  <Select
                    value={values.bundleId}
                    onValueChange={(value) => setField("bundleId")(value)}
                    name="bundle_id"
                  >
                    <Select.Trigger
                      id={`${domId}-bundle`}
                      aria-describedby={`${domId}-bundle-hint`}
                    >
                      <Select.Value placeholder="Choose a bundle" />
                    </Select.Trigger>
                    <Select.Content>
                      <Select.Item value={NONE}>None</Select.Item>
                      {bundleOptions.map((bundle) => (
                        <Select.Item key={bundle.id} value={bundle.id}>
                          {bundle.title}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                </Field>
              </div>
            </>
          ) : null}
        </div>

        <div className="flex flex-wrap items-center justify-end gap-x-2 gap-y-2 px-6 py-4">
          {lastError ? (
            <Hint id={errorId} variant="error" className="mr-auto">
              {lastError}
            </Hint>
          ) : null}
          <Button
            type="button"
            variant="secondary"
            size="small"
            onClick={onDiscard}
            disabled={!changed || isPending}
          >
            Discard changes
          </Button>
          <Button type="submit" size="small" isLoading={isPending} disabled={isPending}>
            Save
          </Button>
        </div>
      </form>
    </Container>
  )
}
